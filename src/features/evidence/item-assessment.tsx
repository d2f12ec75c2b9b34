import { findUnit } from '../../catalogue';
import type { PortfolioData } from '../../db';
import { statusLabels } from '../../domain/coverage';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import type { RecordOf } from '../../domain/records';
import { decisionOutcomeLabels, type Evidence } from '../../domain/schemas';
import { CommentList } from '../../ui/comment-list';

/**
 * What the assessor has said about this item: why it is locked (a unit signed off), their comments,
 * and their decisions on the marking points it is mapped to, flagged when the evidence changed since.
 */
export function ItemAssessment({ item, data }: { item: Evidence; data: PortfolioData }) {
  const lock = data.coverage.assessment.locked.get(item.id);
  const unit = lock ? findUnit(lock.unitId) : undefined;
  const comments = data.records.filter((r): r is RecordOf<'comment'> => r.type === 'comment' && r.evidenceId === item.id).sort((a, b) => a.at.localeCompare(b.at));
  const unlocks = data.records.filter((r): r is RecordOf<'unlock'> => r.type === 'unlock' && r.evidenceId === item.id).sort((a, b) => a.at.localeCompare(b.at));
  const points = data.mappings
    .filter((m) => m.evidenceId === item.id)
    .flatMap((m) => {
      const pc = data.coverage.byPoint.get(m.markingPointId);
      return pc?.decision ? [pc] : [];
    });
  if (!lock && comments.length === 0 && points.length === 0 && unlocks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="item-assessment-title">
      <h2 id="item-assessment-title">From your assessor</h2>
      {lock ? (
        <p className="notice notice--warn" role="note">
          <strong>{item.ref} is locked</strong>: unit {unit?.number ?? lock.unitId} was signed off by {lock.signOff.by.name} on {formatDate(lock.signOff.at)}.
          Ask your assessor to unlock it if it must change.
        </p>
      ) : null}
      {unlocks.map((u) => (
        <p key={u.id} className="muted">
          Unlocked by {u.by.name}, {formatDateTime(u.at)}: {u.reason}
        </p>
      ))}
      {points.length ? (
        <ul className="item-decisions" aria-label={`Decisions on the marking points ${item.ref} is mapped to`}>
          {points.map((pc) => (
            <li key={pc.point.id}>
              <strong>
                {pc.point.id}: {pc.stale ? statusLabels.stale : pc.decision ? decisionOutcomeLabels[pc.decision.outcome] : ''}
              </strong>
              {pc.decision?.feedback ? <span className="pre-line"> — {pc.decision.feedback}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {comments.length ? (
        <>
          <h3>Comments on {item.ref}</h3>
          <CommentList comments={comments} label={`Comments on ${item.ref}`} />
        </>
      ) : null}
    </section>
  );
}
