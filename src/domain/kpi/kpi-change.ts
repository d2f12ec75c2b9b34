import type { KpiRow } from '../schemas';
import { formatKpiNumber } from './kpi-number';

/**
 * The change from baseline to result, in the row's unit. A change in a percentage is in percentage
 * points, and says so, because "+17%" would read as a relative rise.
 */
export function kpiChangeText(row: Pick<KpiRow, 'baseline' | 'result' | 'unit'>): string {
  if (row.result === undefined) return 'No result yet';
  // Rounded to the two decimals the figures are printed with, so 0.1 + 0.2 does not print as a change of 0.30000000000000004.
  const change = Math.round((row.result - row.baseline) * 100) / 100;
  const unit = row.unit.trim() === '%' ? 'percentage points' : row.unit.trim();
  if (change === 0) return `No change (${formatKpiNumber(0)} ${unit})`;
  return `${change > 0 ? '+' : '−'}${formatKpiNumber(Math.abs(change))} ${unit}`;
}

/** "Replies within 24 hours (%)": how a picker or a message names a row. */
export function kpiRowName(row: Pick<KpiRow, 'measure' | 'unit'>): string {
  return `${row.measure.trim()} (${row.unit.trim()})`;
}
