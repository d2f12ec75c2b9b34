import type { Evidence, KpiLink, KpiRow } from '../schemas';
import { kpiRowsOf } from './report-kpis';

/** One KPI link as found in the portfolio: the report and row it names, when they still exist. */
export interface ResolvedKpiLink {
  link: KpiLink;
  report: Evidence | undefined;
  row: KpiRow | undefined;
}

/** Each link of an item, looked up among the portfolio's performance reports. */
export function resolveKpiLinks(item: Pick<Evidence, 'kpiLinks'>, evidence: readonly Evidence[]): ResolvedKpiLink[] {
  return (item.kpiLinks ?? []).map((link) => {
    const report = evidence.find((e) => e.id === link.evidenceId);
    const row = report ? kpiRowsOf(report).find((r) => r.id === link.kpiId) : undefined;
    return { link, report, row };
  });
}

/** True when a linked row has a figure before and after: a measured before-and-after of the change claimed. */
export function hasLinkedBeforeAndAfter(item: Pick<Evidence, 'kpiLinks'>, evidence: readonly Evidence[]): boolean {
  return resolveKpiLinks(item, evidence).some(({ row }) => row !== undefined && row.result !== undefined);
}
