import { kpiNumberText, parseKpiNumber } from '../../domain/kpi/kpi-number';
import { readKpiText } from '../../domain/kpi/kpi-rows-from-text';
import { kpiRowSchema, type KpiRow } from '../../domain/schemas';
import { emptyKpiRow, type KpiRowFormValues } from './kpi-form-values';

/** A row as typed, when it is complete enough to chart; otherwise nothing (the table says what is missing on save). */
export function chartableRow(row: KpiRowFormValues): KpiRow | undefined {
  const result = parseKpiNumber(row.result);
  // A result typed but not yet a number is not "no result": the row waits until it reads.
  if (result === undefined && row.result.trim() !== '') return undefined;
  const parsed = kpiRowSchema.safeParse({
    ...row,
    baseline: parseKpiNumber(row.baseline),
    target: parseKpiNumber(row.target),
    ...(result === undefined ? { result: undefined, resultDate: undefined } : { result, resultDate: row.resultDate || undefined }),
  });
  return parsed.success ? parsed.data : undefined;
}

/** "KPI 2, Replies within 24 hours": how a label or a button names a row. */
export function kpiRowLabel(row: KpiRowFormValues | undefined, index: number): string {
  const measure = row?.measure.trim();
  return measure ? `KPI ${index + 1}, ${measure.length > 40 ? `${measure.slice(0, 40)}…` : measure}` : `KPI ${index + 1}`;
}

/**
 * "Turn these into rows": the rows proposed from a report's text (an empty one when none can be read),
 * each with an id made now, and what to tell the learner. Nothing is stored until the item is saved.
 */
export function rowsFromText(text: string, newId: () => string): { rows: KpiRowFormValues[]; status: string } {
  const reading = readKpiText(text);
  if (reading.rows.length === 0) {
    return {
      rows: [emptyKpiRow(newId())],
      status: 'Folio could not read a measure with its figures from the text, so here is an empty row to fill in from it. The text stays as you wrote it.',
    };
  }
  const rows = reading.rows.map((r) => ({
    ...emptyKpiRow(newId()),
    measure: r.measure,
    unit: r.unit,
    baseline: kpiNumberText(r.baseline),
    target: kpiNumberText(r.target),
    result: kpiNumberText(r.result),
  }));
  const left = reading.unread.length > 0 ? ` It could not read: “${reading.unread.join('”; “').slice(0, 200)}”.` : '';
  const count = rows.length === 1 ? 'one row' : `${rows.length} rows`;
  return {
    rows,
    status: `Folio read ${count} from the text. Check each figure, fill in what is missing (the dates, any figure the text did not give), and save: nothing changes until you do. The text stays as you wrote it.${left}`,
  };
}
