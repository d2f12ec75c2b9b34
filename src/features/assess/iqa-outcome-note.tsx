import { latestIqaOutcomes } from '../../domain/iqa/report';
import { iqaOutcomeLabels } from '../../domain/iqa/outcomes';
import { formatDateTime } from '../../domain/readable-dates';
import type { PortfolioRecord } from '../../domain/records';
import type { Decision } from '../../domain/schemas';
import { signatureStatusText, type SignatureCheck } from '../../domain/signing/status';

interface IqaOutcomeNoteProps {
  decision: Decision | undefined;
  records: readonly PortfolioRecord[];
  checks: ReadonlyMap<string, SignatureCheck>;
}

/** What the internal quality assurer concluded about the point's current decision, latest per sampling round. */
export function IqaOutcomeNote({ decision, records, checks }: IqaOutcomeNoteProps) {
  if (!decision) return null;
  const outcomes = [...latestIqaOutcomes(records).values()].filter((o) => o.decisionId === decision.id).sort((a, b) => b.at.localeCompare(a.at));
  if (outcomes.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="iqa-outcome-title">
      <h3 id="iqa-outcome-title">Quality assurance of this decision</h3>
      {outcomes.map((o) => {
        const check = checks.get(o.id);
        return (
          <div key={o.id}>
            <p>
              <strong>{iqaOutcomeLabels[o.outcome]}</strong> — {o.by.name}, {formatDateTime(o.at)}; {check ? signatureStatusText(check) : 'signature not checked'}
            </p>
            {o.comment ? <p className="pre-line">{o.comment}</p> : null}
          </div>
        );
      })}
    </section>
  );
}
