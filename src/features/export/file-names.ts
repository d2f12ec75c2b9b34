/** The calendar date of an ISO timestamp on this device, as yyyy-mm-dd: what the learner sees as "today". */
export function localDate(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/**
 * A learner's name as part of a file name that every system accepts: letters and digits kept (accents
 * too), every run of anything else — spaces, slashes, quotes, dots — one hyphen.
 */
export function fileNameStem(learnerName: string): string {
  const stem = learnerName
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point so a long name never ends in half a character.
  const cut = Array.from(stem).slice(0, 60).join('').replace(/-+$/, '');
  return cut || 'portfolio';
}

export function pdfFileName(learnerName: string, now: string): string {
  return `${fileNameStem(learnerName)}-portfolio-${localDate(now)}.pdf`;
}

export function folioFileName(learnerName: string, now: string): string {
  return `${fileNameStem(learnerName)}-${localDate(now)}.folio`;
}
