import { kpiChangeText, kpiRowName } from '../../domain/kpi/kpi-change';
import { formatKpiNumber } from '../../domain/kpi/kpi-number';
import { kpiRowsOf } from '../../domain/kpi/report-kpis';
import { formatDate } from '../../domain/readable-dates';
import { linkedKpiTexts } from '../../domain/kpi/kpi-text';
import type { Evidence } from '../../domain/schemas';
import type { KpiChartModel, KpiSection } from './types';

const head = ['Measure', 'Unit', 'Baseline (date)', 'Target', 'Result (date)', 'Change'];

const figureOn = (value: number, date: string) => `${formatKpiNumber(value)} (${formatDate(date)})`;

/**
 * "KPIs this item moved: E015 · Call-back complaints (a quarter), 14 → 3": the rows an improvement claims,
 * each with its before and after as they stand, so an assessor reads the claim beside its figures.
 */
export function kpiLinksLine(item: Evidence, evidence: readonly Evidence[]): string {
  const parts = linkedKpiTexts(item, evidence);
  return parts.length === 0 ? '' : `KPIs this item moved: ${parts.join('; ')}`;
}

/** A performance report's KPI rows for the PDF: the table as text and a before/target/after chart per row. */
export function buildKpiSection(item: Evidence): KpiSection | undefined {
  const rows = kpiRowsOf(item);
  if (rows.length === 0) return undefined;
  return {
    heading: 'KPIs',
    head,
    body: rows.map((r) => [
      r.measure,
      r.unit,
      figureOn(r.baseline, r.baselineDate),
      formatKpiNumber(r.target),
      r.result === undefined ? 'Not yet' : figureOn(r.result, r.resultDate ?? ''),
      kpiChangeText(r),
    ]),
    charts: rows.map(
      (r): KpiChartModel => ({
        title: kpiRowName(r),
        row: { baseline: r.baseline, target: r.target, ...(r.result === undefined ? {} : { result: r.result }) },
        labels: { baseline: `Before ${formatKpiNumber(r.baseline)}`, target: `Target ${formatKpiNumber(r.target)}`, result: r.result === undefined ? '' : `After ${formatKpiNumber(r.result)}` },
      }),
    ),
  };
}
