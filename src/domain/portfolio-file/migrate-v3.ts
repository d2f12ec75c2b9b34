import type { MigrationResult } from './migrate-v1';

/**
 * Format 3 → 4 (issue 10): version 4 adds optional structured content to evidence and its versions
 * (factors, feedback techniques, legislation, policies, KPI rows, KPI links, plan-do-review cycles) and
 * the portfolio's own lists of legislation and policies. A reader of version 3 would drop them without a
 * word, which is why the version moved; nothing was removed or renamed, so a version 3 file is already
 * version 4 data, and a performance report's KPIs written as text stay as text. The result is checked as
 * version 4 data.
 */
export function migrateV3(raw: unknown): Promise<MigrationResult> {
  return Promise.resolve({ ok: true, data: raw });
}
