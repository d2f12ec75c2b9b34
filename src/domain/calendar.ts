/*
 * Dates and timestamps as Folio stores them, checked strictly. `Date.parse` is no check: it accepts
 * "2026-02-30" (rolling it over to 2 March) and "1" (the year 2001), so an impossible date would be
 * stored and printed as "30 February 2026".
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Full ISO 8601 as toISOString writes it, with seconds, optional fractions, and Z or an offset.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2024-02-29" yes; "2025-02-29", "2026-02-30", "2026-13-01" and "22/11/2026" no. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2026-11-22T14:05:00.000Z" or "2026-11-22T14:05:00+01:00" yes; "1", "2026-11-22" and "2026-02-30T10:00:00Z" no. */
export function isIsoTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  if (!m || !isCalendarDate(m[1] ?? '')) return false;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hours > 23 || minutes > 59 || seconds > 59) return false;
  if (m[5] === undefined) return true;
  return Number(m[6]) <= 23 && Number(m[7]) <= 59;
}
