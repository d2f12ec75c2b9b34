import { statusLabels, type PointCoverage } from '../../domain/coverage';
import { signatureNote } from '../../ui/signature-note';
import { formatDate } from '../../domain/readable-dates';
import { assessmentMethodLabels, decisionOutcomeLabels } from '../../domain/schemas';

/** The assessor's decision on a marking point, if there is one: outcome, feedback, methods, signature, and a flag when the evidence changed since. */
export function DecisionNote({ pc }: { pc: PointCoverage }) {
  const d = pc.decision;
  if (!d) return null;
  const note = signatureNote(pc);
  return (
    <div className={pc.countsAsMet ? 'notice' : 'notice notice--warn'}>
      <p>
        <strong>Assessor’s decision: {decisionOutcomeLabels[d.outcome]}</strong> — {d.assessor.name}, {formatDate(d.decidedAt)}
        {note ? ` (${note})` : ''}
      </p>
      {d.feedback ? <p className="pre-line">{d.feedback}</p> : null}
      {d.methods.length ? <p className="muted">Assessed by: {d.methods.map((m) => assessmentMethodLabels[m]).join(', ')}</p> : null}
      {pc.stale ? (
        <p>
          <strong>{statusLabels.stale}</strong>: the evidence mapped here has changed since this decision, so it no longer counts until your assessor looks
          again.
        </p>
      ) : null}
    </div>
  );
}
