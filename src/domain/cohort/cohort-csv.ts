import { percent, statusLabels } from '../coverage';
import { toCsv } from '../csv';
import type { CohortView } from './cohort-filter';

/** The day part of an ISO time, or nothing. */
const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');

/**
 * The cohort table as CSV: one row per learner shown, one column per marking point shown (its status in
 * words), the learner's totals, and a last row counting the learners who lack each point. Every cell
 * goes through csvCell, so a name that begins with "=" from someone's file stays text.
 */
export function cohortCsv(view: CohortView): string {
  const header = ['Learner', 'Learner number', 'Group', 'Assessor', 'Last activity', 'Points met', 'Points with evidence', 'Marking points', 'Met (%)', ...view.pointIds];
  const rows = view.learners.map((l) => [
    l.learnerName,
    l.learnerNumber,
    l.group ?? '',
    l.assessorName,
    day(l.lastActivity),
    l.met,
    l.evidenced,
    l.total,
    percent(l.met, l.total),
    ...view.pointIds.map((id) => statusLabels[l.statuses.get(id) ?? 'none']),
  ]);
  const lacking = new Map(view.gaps.map((g) => [g.pointId, g.lacking]));
  const totals = ['Learners lacking (no evidence or not yet met)', '', '', '', '', '', '', '', '', ...view.pointIds.map((id) => lacking.get(id) ?? 0)];
  return toCsv([header, ...rows, totals]);
}
