import { KPI_REPORT_KIND } from '../../domain/kpi/report-kpis';
import type { KindChange } from './kind-change';
import type { KpiRowFormValues } from './kpi-form-values';

/** A change away from a performance report loses its KPI rows: they join the values the learner is asked about. */
export function withLostKpiRows(change: KindChange, toKind: string, rows: readonly KpiRowFormValues[] | undefined): KindChange {
  const typed = (rows ?? []).filter((r) => Object.entries(r).some(([key, value]) => key !== 'id' && value.trim() !== ''));
  if (toKind === KPI_REPORT_KIND || typed.length === 0) return change;
  const names = typed.map((r, i) => r.measure.trim() || `KPI ${i + 1}`).join('; ');
  return { ...change, lost: [...change.lost, { label: typed.length === 1 ? 'KPI row' : `${typed.length} KPI rows`, value: names, type: 'textarea' }] };
}
