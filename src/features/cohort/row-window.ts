/** Every learner row is this tall (the stylesheet fixes it), so a scroll offset gives the rows in view. */
export const ROW_PX = 44;

/** Rows drawn beyond the visible ones, above and below, so a quick scroll shows no blank rows. */
export const OVERSCAN = 6;

/** Where nothing is laid out and no better guess is given: draw this tall a view. */
const UNMEASURED_PX = 700;

export type RowSlot = { kind: 'row'; index: number } | { kind: 'gap'; from: number; rows: number };

/**
 * The rows to draw for `count` rows scrolled to `scrollTop` in a view `viewport` pixels high, `overscan`
 * more either side, plus the row `keep` (the grid's active cell) wherever it is, with a gap standing for
 * each run of rows left out.
 */
export function rowWindow(count: number, scrollTop: number, viewport: number, keep: number, overscan = OVERSCAN): RowSlot[] {
  const height = viewport > 0 ? viewport : UNMEASURED_PX;
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_PX) + overscan);
  const indices: number[] = [];
  if (keep >= 0 && keep < first) indices.push(keep);
  for (let i = first; i < last; i += 1) indices.push(i);
  if (keep >= last && keep < count) indices.push(keep);

  const slots: RowSlot[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) slots.push({ kind: 'gap', from: next, rows: index - next });
    slots.push({ kind: 'row', index });
    next = index + 1;
  }
  if (count > next) slots.push({ kind: 'gap', from: next, rows: count - next });
  return slots;
}
