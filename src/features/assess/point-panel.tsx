import { useState } from 'react';
import { decisionHistory } from '../../domain/decision-history';
import type { PointCoverage } from '../../domain/coverage';
import { kindLabel } from '../../domain/evidence-kinds';
import type { PortfolioRecord } from '../../domain/records';
import type { Decision, Evidence, Mapping, Person } from '../../domain/schemas';
import type { SignatureCheck } from '../../domain/signing/status';
import { thresholdText } from '../../domain/threshold-text';
import { CommentList } from '../../ui/comment-list';
import { CommentForm } from './comment-form';
import { DecisionForm } from './decision-form';
import { DecisionSummary } from './decision-summary';
import { EvidenceDialog } from './evidence-dialog';
import { IqaOutcomeNote } from './iqa-outcome-note';
import { LearnerDismissals } from './learner-dismissals';

type Comment = Extract<PortfolioRecord, { type: 'comment' }>;

interface PointPanelProps {
  portfolioId: string;
  pc: PointCoverage;
  me: Person;
  decisions: readonly Decision[];
  comments: readonly Comment[];
  /** The portfolio's records, where IQA outcomes on its decisions are. */
  records: readonly PortfolioRecord[];
  checks: ReadonlyMap<string, SignatureCheck>;
  /** Names of each item's current attachments, by item id. */
  attachmentNames: ReadonlyMap<string, readonly string[]>;
  /** Every current item of the portfolio, in reference order (the assessor may base a decision on any). */
  evidence: readonly Evidence[];
  /** Every mapping of the portfolio, for the coach's findings the learner dismissed. */
  mappings: readonly Mapping[];
}

/** One marking point on the Assess screen: its text, the evidence mapped with the learner's rationale, and the decision. */
export function PointPanel({ portfolioId, pc, me, decisions, comments, records, checks, attachmentNames, evidence, mappings }: PointPanelProps) {
  const [open, setOpen] = useState<Evidence | null>(null);
  const rationaleOf = new Map(pc.mappings.map((m) => [m.evidenceId, m.rationale]));
  const isAssessor = me.role === 'assessor';
  const commentsOf = (id: string) => comments.filter((c) => c.evidenceId === id);

  return (
    <section className="card assess-point" aria-labelledby="assess-point-title">
      <h2 id="assess-point-title">Marking point {pc.point.id}</h2>
      <p className="point-text">{pc.point.text}</p>
      {pc.point.threshold ? (
        <p>
          <strong>Countable:</strong> this marking point {thresholdText(pc.point.threshold)}.
        </p>
      ) : null}
      {pc.point.externalOnly ? <p>Guidance: the evidence must be about external customers.</p> : null}
      {pc.point.needsPolicyReference ? <p>Guidance: the evidence must name the organisational policy, standard or legislation followed.</p> : null}

      <h3>Evidence mapped here ({pc.evidence.length})</h3>
      {pc.evidence.length === 0 ? (
        <p className="no-evidence">No evidence is mapped to {pc.point.id}.</p>
      ) : (
        <ul className="assess-evidence">
          {pc.evidence.map((e) => (
            <li key={e.id}>
              <p>
                <strong>
                  {e.ref} — {e.title}
                </strong>{' '}
                <span className="muted">({kindLabel(e.kind)})</span>
              </p>
              <p>
                Learner’s rationale: <q>{rationaleOf.get(e.id) ?? ''}</q>
              </p>
              <button type="button" className="button button--secondary" onClick={() => setOpen(e)}>
                Open {e.ref}
              </button>
              <LearnerDismissals item={e} mappings={mappings} records={records} />
              <CommentList comments={commentsOf(e.id)} label={`Comments on ${e.ref}`} />
              {isAssessor ? (
                <details>
                  <summary>Comment on {e.ref}</summary>
                  <CommentForm item={e} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <DecisionSummary pc={pc} history={decisionHistory(decisions, pc.point.id)} checks={checks} />
      <IqaOutcomeNote decision={pc.decision} records={records} checks={checks} />
      {isAssessor ? <DecisionForm
          key={pc.point.id}
          portfolioId={portfolioId}
          markingPointId={pc.point.id}
          mapped={pc.evidence}
          others={evidence.filter((e) => !pc.evidence.some((m) => m.id === e.id))}
        /> : null}

      {open ? (
        <EvidenceDialog item={open} comments={commentsOf(open.id)} attachmentNames={attachmentNames.get(open.id) ?? []} portfolioEvidence={evidence} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
