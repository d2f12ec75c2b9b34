import { formatDate } from '../readable-dates';
import type { Evidence, KpiLink, KpiRow } from '../schemas';
import { resolveKpiLinks } from './linked-rows';
import { kpiRowName } from './kpi-change';
import { formatKpiNumber } from './kpi-number';

/** One row as a line of text: "Replies within 24 hours (%): before 61 (1 March 2026), target 90, after 78 (1 June 2026)". */
export function kpiRowText(row: KpiRow): string {
  const after = row.result === undefined ? 'no result yet' : `after ${formatKpiNumber(row.result)} (${formatDate(row.resultDate ?? '')})`;
  return `${kpiRowName(row)}: before ${formatKpiNumber(row.baseline)} (${formatDate(row.baselineDate)}), target ${formatKpiNumber(row.target)}, ${after}`;
}

/** A report's rows as text, one a line ('' for none), for comparing versions. */
export function kpiRowsText(rows: readonly KpiRow[] | undefined): string {
  return (rows ?? []).map(kpiRowText).join('\n');
}

/** An item's KPI links as text ('' for none); `rowName` names a link's row where it can be found. */
export function kpiLinksText(links: readonly KpiLink[] | undefined, rowName: (link: KpiLink) => string | undefined = () => undefined): string {
  return (links ?? []).map((l) => rowName(l) ?? `row ${l.kpiId} of item ${l.evidenceId}`).join('\n');
}

/** Each KPI row an item links, as "E015 · Call-back complaints (a quarter), 14 → 3", for the app and the PDF. */
export function linkedKpiTexts(item: Pick<Evidence, 'kpiLinks'>, evidence: readonly Evidence[]): string[] {
  return resolveKpiLinks(item, evidence).map(({ report, row }) => {
    if (!report || !row) return report ? `a row ${report.ref} no longer has` : 'a row in a report no longer in the portfolio';
    const after = row.result === undefined ? 'no result yet' : formatKpiNumber(row.result);
    return `${report.ref} · ${kpiRowName(row)}, ${formatKpiNumber(row.baseline)} → ${after}`;
  });
}
