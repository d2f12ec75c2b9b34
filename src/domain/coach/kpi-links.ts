import { kpiRowName } from '../kpi/kpi-change';
import { resolveKpiLinks } from '../kpi/linked-rows';
import { itemName, pointsByEvidence } from './item-text';
import { improvementMeasureSource } from './improvement-measure';
import type { CoachCheck, CoachFinding } from './types';

/** The seed passage: a claimed improvement is judged on measurable outcomes, so a linked KPI needs its "after". */
export const kpiLinksSource = improvementMeasureSource;

/**
 * An item that claims to have moved KPI rows (kpiLinks) where a linked row has no result yet, or names a
 * row (or a report) that no longer exists. One finding per broken link, saying which and what to do.
 */
export const checkKpiLinks: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) =>
    resolveKpiLinks(item, evidence).flatMap(({ report, row }): CoachFinding[] => {
      let message: string;
      if (!report || !row) {
        const where = report ? `a KPI row that ${report.ref} no longer has` : 'a KPI row in a performance report that no longer exists';
        message = `${itemName(item)} links ${where}. Choose the row that replaced it under “KPIs this item moved”, or remove the link.`;
      } else if (row.result === undefined) {
        message = `${itemName(item)} claims to have moved “${kpiRowName(row)}” in ${report.ref}, but that row has no result yet. Add the result and the date it was measured to ${report.ref}, so the claim has a before and an after.`;
      } else {
        return [];
      }
      return [
        {
          checkId: 'kpi-links',
          severity: 'fix',
          message,
          evidenceIds: [item.id],
          markingPointIds: points.get(item.id) ?? [],
          source: kpiLinksSource,
        },
      ];
    }),
  );
};
