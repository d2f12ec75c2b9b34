import { hasLinkedBeforeAndAfter } from '../kpi/linked-rows';
import { allText, itemName, pointsByEvidence } from './item-text';
import { hasBeforeAndAfter } from './text-measures';
import type { CoachCheck, SeedSource } from './types';

export const improvementMeasureSource: SeedSource = {
  seedUnitId: 'IMP',
  section: 'markingPoints',
  quote: 'Look for evidence of post-improvement evaluation, including measurable outcomes like reduced complaints or improved satisfaction scores.',
};

/** Marking points that ask for an improvement's measured result (their text says so). */
const IMPROVEMENT_POINT = /\bpost-improvement\b|\bmeasurable outcomes\b/i;

/**
 * An improvement with no before-and-after measure: an item mapped to a post-improvement point that
 * gives no figure before and after: neither in its text nor as a linked KPI row with a baseline and a result
 * (a row always has its baseline; a linked row with no result is the kpi-links check's to report).
 */
export const checkImprovementMeasure: CoachCheck = ({ catalogue, evidence, mappings }) => {
  const improvementPoints = new Set(catalogue.units.flatMap((u) => u.markingPoints.filter((mp) => IMPROVEMENT_POINT.test(mp.text)).map((mp) => mp.id)));
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) => {
    const claimed = (points.get(item.id) ?? []).filter((id) => improvementPoints.has(id));
    if (claimed.length === 0 || hasBeforeAndAfter(allText(item)) || hasLinkedBeforeAndAfter(item, evidence)) return [];
    return [
      {
        checkId: 'improvement-measure',
        severity: 'fix',
        message: `${itemName(item)} claims an improvement but gives no measure before and after it. Add the figure before the change and the figure after, for example “complaints down from 14 to 3 a quarter”, or link the KPI row it moved.`,
        evidenceIds: [item.id],
        markingPointIds: claimed,
        source: improvementMeasureSource,
      },
    ];
  });
};
