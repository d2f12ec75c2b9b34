import type { KpiRow } from '../schemas';

export type KpiBarKey = 'baseline' | 'target' | 'result';

export interface KpiBar {
  key: KpiBarKey;
  /** "Before", "Target", "After": the words under the bar. */
  label: string;
  value: number;
  /** Left edge and width, from the chart's left. */
  x: number;
  width: number;
  /** Top edge and height, from the chart's top; a negative value hangs below the zero line. */
  y: number;
  height: number;
}

export interface KpiChartGeometry {
  bars: KpiBar[];
  /** Where zero is, from the chart's top: the baseline every bar grows from. */
  zeroY: number;
  /** The plot's top and bottom (values at max and min), so a renderer can draw the frame. */
  plotTop: number;
  plotBottom: number;
  min: number;
  max: number;
}

export interface KpiChartBox {
  width: number;
  /** The height of the plot itself: labels go outside it, wherever a renderer puts them. */
  height: number;
  /** Space between bars, as a share of each bar's slot (0–1). */
  gap?: number;
}

const labels: Record<KpiBarKey, string> = { baseline: 'Before', target: 'Target', result: 'After' };

/**
 * The before/target/after chart of one KPI as plain geometry, for the SVG in the app and the jsPDF
 * drawing in the PDF alike. Bars share one scale that always includes zero, so their heights compare
 * honestly: 61 against 78 is drawn as 61 against 78, never from a cut-off axis. A row without a result
 * has two bars.
 */
export function kpiChartGeometry(row: Pick<KpiRow, 'baseline' | 'target' | 'result'>, box: KpiChartBox): KpiChartGeometry {
  const values: { key: KpiBarKey; value: number }[] = [
    { key: 'baseline', value: row.baseline },
    { key: 'target', value: row.target },
    ...(row.result === undefined ? [] : [{ key: 'result' as const, value: row.result }]),
  ];
  const max = Math.max(0, ...values.map((v) => v.value));
  const min = Math.min(0, ...values.map((v) => v.value));
  // All zero: any span will do, and 1 keeps the bars flat on the zero line instead of dividing by 0.
  const span = max - min || 1;
  const scale = box.height / span;
  const zeroY = max * scale;
  const slot = box.width / 3;
  const gap = Math.min(Math.max(box.gap ?? 0.3, 0), 0.9);
  const width = slot * (1 - gap);
  const bars = values.map(({ key, value }, i): KpiBar => {
    const height = Math.abs(value) * scale;
    return { key, label: labels[key], value, x: i * slot + (slot - width) / 2, width, y: value >= 0 ? zeroY - height : zeroY, height };
  });
  return { bars, zeroY, plotTop: 0, plotBottom: box.height, min, max };
}
