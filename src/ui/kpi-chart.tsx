import './kpi.css';
import { kpiChartGeometry } from '../domain/kpi/kpi-chart';
import { formatKpiNumber } from '../domain/kpi/kpi-number';
import type { KpiRow } from '../domain/schemas';

const WIDTH = 240;
const PLOT = { top: 22, height: 110 };
const HEIGHT = PLOT.top + PLOT.height + 24;

/** The chart's words for a screen reader; the table beside it (describedBy) has every figure and date. */
export function kpiChartLabel(row: Pick<KpiRow, 'measure' | 'unit' | 'baseline' | 'target' | 'result'>): string {
  const after = row.result === undefined ? 'no result yet' : `after ${formatKpiNumber(row.result)}`;
  return `Chart of ${row.measure} (${row.unit}): before ${formatKpiNumber(row.baseline)}, target ${formatKpiNumber(row.target)}, ${after}`;
}

/**
 * One KPI's before/target/after bars as plain SVG (no charting library). Each bar carries its figure
 * above it and its name below, and the target is drawn hollow and dashed, so nothing is told by colour
 * alone; `describedBy` points to the table that is the chart's text alternative.
 */
export function KpiChart({ row, describedBy }: { row: Pick<KpiRow, 'measure' | 'unit' | 'baseline' | 'target' | 'result'>; describedBy?: string }) {
  const geometry = kpiChartGeometry(row, { width: WIDTH, height: PLOT.height });
  const zero = PLOT.top + geometry.zeroY;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={kpiChartLabel(row)} aria-describedby={describedBy} focusable="false">
      {geometry.bars.map((bar) => {
        const y = PLOT.top + bar.y;
        const centre = bar.x + bar.width / 2;
        // The figure sits above a bar that rises and below one that hangs under zero.
        const valueY = bar.value >= 0 ? y - 6 : y + bar.height + 14;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <rect className={`kpi-chart__bar kpi-chart__bar--${bar.key}`} x={bar.x} y={y} width={bar.width} height={Math.max(bar.height, 0.5)} />
            <text className="kpi-chart__value" x={centre} y={valueY} textAnchor="middle">
              {formatKpiNumber(bar.value)}
            </text>
            <text className="kpi-chart__label" x={centre} y={PLOT.top + PLOT.height + 18} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
      <line className="kpi-chart__axis" x1={0} x2={WIDTH} y1={zero} y2={zero} />
    </svg>
  );
}
