import type { Catalogue } from '../../catalogue/schema';

/** One column of the cohort grid: who the learner is, their totals, then each unit's points and its tally. */
export type GridColumn =
  | { key: string; kind: 'learner' | 'progress' | 'assessor' | 'group' | 'activity'; unitId?: undefined }
  | { key: string; kind: 'point'; pointId: string; text: string; unitId: string }
  | { key: string; kind: 'unit'; unitNumber: number; unitId: string };

const LEADING = ['learner', 'progress', 'assessor', 'group', 'activity'] as const;

/**
 * The grid's columns for the marking points shown: the learner's own columns first (the order of the
 * header cells), then per unit its points in catalogue order followed by the learner's tally for that unit.
 */
export function gridColumns(catalogue: Catalogue, pointIds: readonly string[]): GridColumn[] {
  const shown = new Set(pointIds);
  const lead: GridColumn[] = LEADING.map((kind) => ({ key: kind, kind }));
  const units = catalogue.units.flatMap((unit): GridColumn[] => {
    const points = unit.markingPoints.filter((p) => shown.has(p.id));
    if (points.length === 0) return [];
    return [
      ...points.map((p): GridColumn => ({ key: `point:${p.id}`, kind: 'point', pointId: p.id, text: p.text, unitId: unit.id })),
      { key: `unit:${unit.id}`, kind: 'unit', unitNumber: unit.number, unitId: unit.id },
    ];
  });
  return [...lead, ...units];
}
