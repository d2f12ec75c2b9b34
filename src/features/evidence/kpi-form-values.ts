import { z } from 'zod';
import { kpiNumberText, parseKpiNumber } from '../../domain/kpi/kpi-number';
import { KPI_REPORT_KIND, reportKpisIssue } from '../../domain/kpi/report-kpis';
import type { Evidence, KpiLink, KpiRow } from '../../domain/schemas';

/** A KPI row as the editor holds it: every cell the text typed, checked only on submit. */
export const kpiRowFormShape = z.object({
  id: z.string(),
  measure: z.string(),
  unit: z.string(),
  baseline: z.string(),
  baselineDate: z.string(),
  target: z.string(),
  result: z.string(),
  resultDate: z.string(),
});
export type KpiRowFormValues = z.infer<typeof kpiRowFormShape>;

export const kpiLinkFormShape = z.object({ evidenceId: z.string(), kpiId: z.string() });

/** The form's KPI keys, absent when empty so an item without them compares equal to its stored self. */
export const kpiFormShape = {
  kpiRows: z.array(kpiRowFormShape).optional(),
  kpiLinks: z.array(kpiLinkFormShape).optional(),
};

export interface KpiFormValues {
  kpiRows?: KpiRowFormValues[];
  kpiLinks?: KpiLink[];
}

export function emptyKpiRow(id: string): KpiRowFormValues {
  return { id, measure: '', unit: '', baseline: '', baselineDate: '', target: '', result: '', resultDate: '' };
}

export function kpiRowToForm(row: KpiRow): KpiRowFormValues {
  return {
    id: row.id,
    measure: row.measure,
    unit: row.unit,
    baseline: kpiNumberText(row.baseline),
    baselineDate: row.baselineDate,
    target: kpiNumberText(row.target),
    result: kpiNumberText(row.result),
    resultDate: row.resultDate ?? '',
  };
}

/** Item → values: each key only when the item has some. */
export function kpiFormValuesOf(item: Pick<Evidence, 'kpiRows' | 'kpiLinks'>): KpiFormValues {
  return {
    ...(item.kpiRows?.length ? { kpiRows: item.kpiRows.map(kpiRowToForm) } : {}),
    ...(item.kpiLinks?.length ? { kpiLinks: item.kpiLinks.map((l) => ({ ...l })) } : {}),
  };
}

export interface KpiFormIssue {
  path: (string | number)[];
  message: string;
}

const figureWords = { baseline: 'the figure before', target: 'the target', result: 'the result' } as const;

/**
 * Values → the item's KPI content, and the problems a learner must fix, each on its own cell. Numbers
 * are read here ("61", "61.5", "1,200"); the stored shape's own checks (measure, unit, dates, a result
 * with its date) run after, on the rows made. Rows are kept only for a performance report, as a kind's
 * fields are, so a change of kind leaves nothing stale behind.
 */
export function kpiInputOf(kind: string, fields: Readonly<Record<string, string>>, values: KpiFormValues): { content: { kpiRows?: KpiRow[]; kpiLinks?: KpiLink[] }; issues: KpiFormIssue[] } {
  const issues: KpiFormIssue[] = [];
  const formRows = kind === KPI_REPORT_KIND ? (values.kpiRows ?? []) : [];
  const rows = formRows.map((row, i): KpiRow => {
    const figure = (key: 'baseline' | 'target' | 'result') => {
      const text = row[key].trim();
      if (text === '') {
        if (key !== 'result') issues.push({ path: ['kpiRows', i, key], message: `Enter ${figureWords[key]}, for example 61` });
        return undefined;
      }
      const n = parseKpiNumber(text);
      if (n === undefined) issues.push({ path: ['kpiRows', i, key], message: `Enter ${figureWords[key]} as a number, such as 61.5 or 1,200` });
      return n;
    };
    const result = figure('result');
    const resultDate = row.resultDate.trim();
    return {
      id: row.id,
      measure: row.measure,
      unit: row.unit,
      // A bad or empty figure is already reported above; 0 stands in so the row's other checks still run.
      baseline: figure('baseline') ?? 0,
      baselineDate: row.baselineDate.trim(),
      target: figure('target') ?? 0,
      ...(result !== undefined || row.result.trim() !== '' ? { result: result ?? 0 } : {}),
      ...(resultDate !== '' ? { resultDate } : {}),
    };
  });
  const missing = reportKpisIssue(kind, fields, rows);
  if (missing) issues.push({ path: ['kpiRows'], message: missing });
  const links = values.kpiLinks ?? [];
  return { content: { ...(rows.length ? { kpiRows: rows } : {}), ...(links.length ? { kpiLinks: links } : {}) }, issues };
}
