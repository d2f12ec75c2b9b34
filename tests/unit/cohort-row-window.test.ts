import { describe, expect, it } from 'vitest';
import { OVERSCAN, ROW_PX, rowWindow } from '../../src/features/cohort/row-window';

const drawn = (slots: ReturnType<typeof rowWindow>) => slots.flatMap((s) => (s.kind === 'row' ? [s.index] : []));
const covered = (slots: ReturnType<typeof rowWindow>) => slots.reduce((n, s) => n + (s.kind === 'row' ? 1 : s.rows), 0);

describe('rowWindow', () => {
  it('draws every row of a small cohort, with no spacer', () => {
    const slots = rowWindow(12, 0, 600, 0);
    expect(slots.every((s) => s.kind === 'row')).toBe(true);
    expect(drawn(slots)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('draws only the rows in view and a margin, spacers standing for the rest so the grid keeps its height', () => {
    const slots = rowWindow(200, 100 * ROW_PX, 10 * ROW_PX, 100);
    const rows = drawn(slots);
    expect(rows[0]).toBe(100 - OVERSCAN);
    expect(rows.at(-1)).toBe(109 + OVERSCAN);
    expect(rows.length).toBe(10 + 2 * OVERSCAN);
    expect(slots[0]).toEqual({ kind: 'gap', from: 0, rows: 100 - OVERSCAN });
    expect(slots.at(-1)).toEqual({ kind: 'gap', from: 110 + OVERSCAN, rows: 90 - OVERSCAN });
    expect(covered(slots)).toBe(200);
  });

  it('always draws the active cell’s row, wherever it is, so the grid never loses its tab stop', () => {
    const above = rowWindow(200, 150 * ROW_PX, 10 * ROW_PX, 3);
    expect(drawn(above)[0]).toBe(3);
    expect(above.slice(0, 3)).toEqual([{ kind: 'gap', from: 0, rows: 3 }, { kind: 'row', index: 3 }, { kind: 'gap', from: 4, rows: 150 - OVERSCAN - 4 }]);
    expect(covered(above)).toBe(200);
    const below = rowWindow(200, 0, 10 * ROW_PX, 199);
    expect(drawn(below).at(-1)).toBe(199);
    expect(covered(below)).toBe(200);
  });

  it('before the scroller is measured, draws a screenful rather than nothing', () => {
    expect(drawn(rowWindow(200, 0, 0, 0)).length).toBeGreaterThan(20);
  });

  it('draws just the rows that fill the view when asked for no margin (the first paint)', () => {
    expect(drawn(rowWindow(200, 0, 10 * ROW_PX, 0, 0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
