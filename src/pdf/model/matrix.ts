import type { EvidenceLink, MatrixModel, UnitSection } from './types';

const MARK = '✓';

/** The assessor's mapping grid: one row per evidence item, one column per marking point, grouped by unit. */
export function buildMatrix(
  units: readonly UnitSection[],
  items: readonly { link: EvidenceLink; title: string; points: ReadonlySet<string> }[],
  empty: string,
): MatrixModel {
  const columns = units.flatMap((u) => u.points.map((p) => p.id));
  const rows = items.map((i) => ({ link: i.link, title: i.title, cells: columns.map((id) => i.points.has(id)) }));
  return {
    heading: 'Mapping matrix',
    anchor: 'matrix',
    intro: `Rows are evidence items; columns are marking points, grouped by unit. ${MARK} marks an item mapped to that marking point. The last row counts the items mapped to each marking point: 0 is a gap.`,
    mark: MARK,
    head: { item: 'Item', title: 'Title' },
    countsLabel: 'Items mapped',
    empty,
    units: units.map((u) => ({
      id: u.anchor.slice('unit:'.length),
      points: u.points.map((p) => ({ id: p.id, label: p.id.split('-')[1] ?? p.id })),
    })),
    rows,
    counts: columns.map((_, c) => rows.filter((r) => r.cells[c]).length),
  };
}
