import type { KpiRow } from '../schemas';

/** The one kind whose KPIs are rows (src/domain/evidence-kinds.ts). */
export const KPI_REPORT_KIND = 'performance-report';
/** The report's text field as first written, kept beside the rows. */
export const KPI_TEXT_FIELD = 'kpis';

/**
 * A performance report must give its KPIs somehow: as rows, or (as reports did before rows existed) as
 * text. Only the form asks this; an item already stored is read as it is.
 */
export function reportKpisIssue(kind: string, fields: Readonly<Record<string, string>>, rows: readonly unknown[] | undefined): string | undefined {
  if (kind !== KPI_REPORT_KIND) return undefined;
  if ((rows?.length ?? 0) > 0 || (fields[KPI_TEXT_FIELD] ?? '').trim() !== '') return undefined;
  return 'Add at least one KPI row (the measure, its unit, the figure before with its date, and the target), or write the KPIs as text';
}

/** A report's rows, or none for any other kind: links and charts read only performance reports' rows. */
export function kpiRowsOf(item: { kind: string; kpiRows?: readonly KpiRow[] }): readonly KpiRow[] {
  return item.kind === KPI_REPORT_KIND ? (item.kpiRows ?? []) : [];
}
