import type { UnitCoverage } from '../domain/coverage';
import { formatDate } from '../domain/readable-dates';

/**
 * Where a unit stands with the assessor, in one line: signed off (and countersigned), ready for
 * assessment, how many points are met, and how many decisions have gone out of date. Nothing before
 * the learner marks it ready or the assessor decides anything.
 */
export function UnitAssessmentLine({ uc }: { uc: UnitCoverage }) {
  const stale = uc.points.filter((p) => p.stale).length;
  const decided = uc.points.some((p) => p.decision);
  const parts: string[] = [];
  if (uc.signOff) {
    parts.push(`Signed off by ${uc.signOff.signOff.by.name}, ${formatDate(uc.signOff.signOff.at)}`);
    if (uc.signOff.countersign === 'pending') parts.push(`waiting for ${uc.signOff.signOff.countersignBy ?? 'a second assessor'} to countersign`);
    if (uc.signOff.countersign === 'done') parts.push('countersigned');
  } else if (uc.ready) {
    parts.push('Ready for assessment');
  }
  if (decided && !uc.signOff) parts.push(`${uc.met} of ${uc.total} marking points met`);
  if (parts.length === 0 && stale === 0) return null;
  return (
    <p className="unit-assessment-line">
      {parts.join(' · ')}
      {stale ? (
        <strong className="unit-assessment-line__stale">
          {parts.length ? ' · ' : ''}
          <span aria-hidden="true">⚠ </span>
          {stale === 1 ? '1 marking point: evidence changed since assessment' : `${stale} marking points: evidence changed since assessment`}
        </strong>
      ) : null}
    </p>
  );
}
