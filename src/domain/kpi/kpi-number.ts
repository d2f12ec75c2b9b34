/*
 * KPI figures as a learner types them: "61", "61.5", "1,200", "-3" or "+38" (a net promoter score).
 * Thousands commas must sit in groups of three, so "1,20" is refused rather than guessed at.
 */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The number typed, or undefined when it is not one (empty included). */
export function parseKpiNumber(text: string): number | undefined {
  const value = text.trim().replace(/^−/, '-');
  if (!NUMBER.test(value)) return undefined;
  const n = Number(value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A figure as the app prints it: thousands grouped, at most two decimals, a true minus sign. */
export function formatKpiNumber(n: number): string {
  const abs = Math.abs(n).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return n < 0 ? `−${abs}` : abs;
}

/** A figure as it goes back into a text box: no grouping, so editing it does not trip on commas. */
export function kpiNumberText(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}
