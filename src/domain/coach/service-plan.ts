import { field, itemName, pointsByEvidence, wordList } from './item-text';
import type { CoachCheck, SeedSource } from './types';

export const servicePlanSource: SeedSource = {
  seedUnitId: 'DEL',
  section: 'markingPoints',
  quote: 'Evidence must include a detailed service delivery plan that specifies resources, timelines, roles, and contingencies',
};

const PARTS = [
  { key: 'resources', word: 'resources' },
  { key: 'timeline', word: 'timelines' },
  { key: 'roles', word: 'roles' },
  { key: 'contingencies', word: 'contingencies' },
] as const;

/** A service delivery plan missing resources, timelines, roles or contingencies. */
export const checkServicePlan: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) => {
    if (item.kind !== 'service-plan') return [];
    const missing = PARTS.filter((p) => field(item, p.key) === '').map((p) => p.word);
    if (missing.length === 0) return [];
    return [
      {
        checkId: 'service-plan',
        severity: 'fix',
        message: `${itemName(item)} is a service delivery plan with no ${wordList(missing, 'or')}. Fill ${missing.length === 1 ? 'it' : 'them'} in: an assessor expects resources, timelines, roles and contingencies in every plan.`,
        evidenceIds: [item.id],
        markingPointIds: points.get(item.id) ?? [],
        source: servicePlanSource,
      },
    ];
  });
};
