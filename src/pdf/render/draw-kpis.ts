import { kpiChartGeometry, type KpiBarKey } from '../../domain/kpi/kpi-chart';
import type { KpiChartModel, KpiSection } from '../model/types';
import { ensureSpace, setType, type Ctx } from './context';
import { table } from './table';
import { heading } from './text';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, lineHeight, type Rgb } from './theme';

/** One chart's box (mm): the plot, with the title above and the bar words below. */
const CHART = { width: 54, plot: 28, gap: 6 } as const;
const TITLE_LINES = 2;
const chartHeight = () => TITLE_LINES * lineHeight(SIZE.small) + lineHeight(SIZE.tiny) + CHART.plot + 2 * lineHeight(SIZE.tiny) + 2;

const FILL: Record<KpiBarKey, Rgb | undefined> = { baseline: [150, 156, 164], target: undefined, result: COLOUR.accent };

/**
 * The KPI table as text (measure, unit, baseline with its date, target, result with its date, change),
 * then a before/target/after chart per row drawn with jsPDF's own rectangles and lines (no chart
 * library): bars on one scale from zero, the target hollow and dashed, every bar's figure in words
 * beneath it, so nothing is told by colour alone.
 */
export function drawKpis(ctx: Ctx, kpis: KpiSection): void {
  heading(ctx, kpis.heading, 3);
  table(ctx, {
    head: [kpis.head],
    body: kpis.body,
    styles: { fontSize: SIZE.small + 0.5 },
    columnStyles: { 0: { cellWidth: 46 }, 1: { cellWidth: 22 }, 2: { cellWidth: 30 }, 3: { cellWidth: 18 }, 4: { cellWidth: 30 }, 5: { cellWidth: 28 } },
  });
  const perLine = Math.max(1, Math.floor((CONTENT_WIDTH + CHART.gap) / (CHART.width + CHART.gap)));
  for (let i = 0; i < kpis.charts.length; i += perLine) {
    ensureSpace(ctx, chartHeight());
    const top = ctx.y;
    kpis.charts.slice(i, i + perLine).forEach((chart, j) => drawChart(ctx, chart, PAGE.left + j * (CHART.width + CHART.gap), top));
    ctx.y = top + chartHeight() + 2;
  }
}

function drawChart(ctx: Ctx, chart: KpiChartModel, left: number, top: number): void {
  const { doc } = ctx;
  setType(ctx, SIZE.small, 'bold');
  const title = doc.splitTextToSize(ctx.sanitise(chart.title), CHART.width).slice(0, TITLE_LINES) as string[];
  title.forEach((line, k) => doc.text(line, left, top + k * lineHeight(SIZE.small), { baseline: 'top' }));
  const plotTop = top + TITLE_LINES * lineHeight(SIZE.small) + lineHeight(SIZE.tiny);
  const geometry = kpiChartGeometry(chart.row, { width: CHART.width, height: CHART.plot, gap: 0.35 });
  const zero = plotTop + geometry.zeroY;
  for (const bar of geometry.bars) {
    const x = left + bar.x;
    const y = plotTop + bar.y;
    const fill = FILL[bar.key];
    const height = Math.max(bar.height, 0.2);
    if (fill) {
      doc.setFillColor(fill[0], fill[1], fill[2]);
      doc.rect(x, y, bar.width, height, 'F');
    } else {
      doc.setDrawColor(COLOUR.text[0], COLOUR.text[1], COLOUR.text[2]);
      doc.setLineWidth(0.3);
      doc.setLineDashPattern([1, 0.8], 0);
      doc.rect(x, y, bar.width, height, 'S');
      doc.setLineDashPattern([], 0);
    }
    setType(ctx, SIZE.tiny, 'normal', COLOUR.text);
    const words = chart.labels[bar.key];
    doc.text(ctx.sanitise(words), x + bar.width / 2, plotTop + CHART.plot + 1.2, { baseline: 'top', align: 'center', maxWidth: CHART.width / 3 + 2 });
  }
  doc.setDrawColor(COLOUR.text[0], COLOUR.text[1], COLOUR.text[2]);
  doc.setLineWidth(0.3);
  doc.line(left, zero, left + CHART.width, zero);
}
