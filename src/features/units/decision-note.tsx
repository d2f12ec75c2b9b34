import { statusLabels, type PointCoverage } from '../../domain/coverage';
import { formatDate } from '../../domain/readable-dates';

/** The assessor's decision on a marking point, if there is one, with a flag when the evidence changed since. */
export function DecisionNote({ pc }: { pc: PointCoverage }) {
  const d = pc.decision;
  if (!d) return null;
  return (
    <div className={d.outcome === 'met' ? 'notice' : 'notice notice--warn'}>
      <p>
        <strong>Assessor’s decision: {statusLabels[d.outcome]}</strong> — {d.assessor.name}, {formatDate(d.decidedAt)}
      </p>
      {d.feedback ? <p className="pre-line">{d.feedback}</p> : null}
      {pc.stale ? <p>The evidence mapped here has changed since this decision.</p> : null}
    </div>
  );
}
