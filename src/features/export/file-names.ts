import { fileNameStem } from '../../domain/file-name-stem';

// The stem is shared with the command line (npm run demo -- --cohort writes one file per learner).
export { fileNameStem };

/** The calendar date of an ISO timestamp on this device, as yyyy-mm-dd: what the learner sees as "today". */
export function localDate(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

export function pdfFileName(learnerName: string, now: string): string {
  return `${fileNameStem(learnerName)}-portfolio-${localDate(now)}.pdf`;
}

export function folioFileName(learnerName: string, now: string): string {
  return `${fileNameStem(learnerName)}-${localDate(now)}.folio`;
}
