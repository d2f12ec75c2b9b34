/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends), safe to open: a cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets,
 * and names and comments come from other people's files, so such a cell is prefixed with an
 * apostrophe, which the spreadsheet shows as text (OWASP's advice for CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped. Numbers are written as they are (a negative number is a number, not a formula). */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as one CSV text, CRLF between lines and after the last. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
