import { describe, expect, it } from 'vitest';
import { kpiChartGeometry } from '../../src/domain/kpi/kpi-chart';

const box = { width: 300, height: 100, gap: 0 };

describe('the before/target/after chart geometry', () => {
  it('scales every bar from zero on one scale, the largest filling the plot', () => {
    const g = kpiChartGeometry({ baseline: 61, target: 90, result: 78 }, box);
    expect(g.bars.map((b) => b.key)).toEqual(['baseline', 'target', 'result']);
    expect(g.bars.map((b) => b.label)).toEqual(['Before', 'Target', 'After']);
    expect(g.zeroY).toBe(100);
    const [before, target, after] = g.bars;
    expect(target?.height).toBeCloseTo(100);
    expect(before?.height).toBeCloseTo((61 / 90) * 100);
    expect(after?.height).toBeCloseTo((78 / 90) * 100);
    // Each bar stands on the zero line.
    for (const bar of g.bars) expect(bar.y + bar.height).toBeCloseTo(100);
  });

  it('gives heights in proportion to the values (61 against 78, never from a cut-off axis)', () => {
    const g = kpiChartGeometry({ baseline: 61, target: 62, result: 78 }, box);
    const [before, , after] = g.bars;
    expect((before?.height ?? 0) / (after?.height ?? 1)).toBeCloseTo(61 / 78);
  });

  it('places three bars in equal slots, with the gap shared either side', () => {
    const g = kpiChartGeometry({ baseline: 1, target: 2, result: 3 }, { width: 300, height: 100, gap: 0.5 });
    expect(g.bars.map((b) => b.x)).toEqual([25, 125, 225]);
    expect(g.bars.map((b) => b.width)).toEqual([50, 50, 50]);
  });

  it('draws two bars when there is no result yet', () => {
    const g = kpiChartGeometry({ baseline: 14, target: 5, result: undefined }, box);
    expect(g.bars.map((b) => b.key)).toEqual(['baseline', 'target']);
    expect(g.bars[0]?.height).toBeCloseTo(100);
  });

  it('hangs a negative value below the zero line', () => {
    const g = kpiChartGeometry({ baseline: -10, target: 10, result: 30 }, box);
    expect(g.min).toBe(-10);
    expect(g.max).toBe(30);
    expect(g.zeroY).toBeCloseTo(75);
    const [before, , after] = g.bars;
    expect(before?.y).toBeCloseTo(75);
    expect(before?.height).toBeCloseTo(25);
    expect(after?.y).toBeCloseTo(0);
    expect(after?.height).toBeCloseTo(75);
  });

  it('keeps all-zero figures flat on the line instead of dividing by zero', () => {
    const g = kpiChartGeometry({ baseline: 0, target: 0, result: 0 }, box);
    for (const bar of g.bars) {
      expect(bar.height).toBe(0);
      expect(Number.isFinite(bar.y)).toBe(true);
    }
  });
});
