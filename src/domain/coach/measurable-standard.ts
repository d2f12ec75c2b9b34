import { kpiRowsOf } from '../kpi/report-kpis';
import { field, itemName, pointsByEvidence } from './item-text';
import { isMeasurable } from './text-measures';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const measurableStandardSource: SeedSource = {
  seedUnitId: 'REL',
  section: 'misconceptions',
  quote: 'Failing to set measurable quality standards, instead relying on vague descriptions like \'good service\'.',
};

/** The fields where a kind states a standard, objective or target (src/domain/evidence-kinds.ts). */
const STANDARD_FIELDS: readonly { kind: string; key: string; what: string }[] = [
  { kind: 'service-log', key: 'standard', what: 'quality standard' },
  { kind: 'service-plan', key: 'objectives', what: 'objectives' },
  { kind: 'performance-report', key: 'kpis', what: 'KPIs and targets' },
];

/** A quality standard or target with no number or timescale ("good service", not "reply within 24 hours"). */
export const checkMeasurableStandard: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item): CoachFinding[] => {
    const spec = STANDARD_FIELDS.find((s) => s.kind === item.kind);
    if (!spec) return [];
    // A report's KPI rows each carry a numeric target, so they are measurable by their shape.
    if (kpiRowsOf(item).length > 0) return [];
    const text = field(item, spec.key);
    if (isMeasurable(text)) return [];
    const problem = text === '' ? `names no ${spec.what}` : `states its ${spec.what} with no number or timescale`;
    return [
      {
        checkId: 'measurable-standard',
        severity: 'fix',
        message: `${itemName(item)} ${problem}. Write it so it can be measured, with a number or a timescale: for example “reply within 24 hours”, not “good service”.`,
        evidenceIds: [item.id],
        markingPointIds: points.get(item.id) ?? [],
        source: measurableStandardSource,
      },
    ];
  });
};
