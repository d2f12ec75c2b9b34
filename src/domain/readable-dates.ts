const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-22" or an ISO timestamp → "22 November 2026". Reads the date part as written, never the local zone. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** An ISO timestamp → "22 November 2026, 14:05" in UTC-free wall-clock terms of the timestamp itself. */
export function formatDateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${formatDate(m[1] ?? '')}, ${m[2]}:${m[3]}` : formatDate(iso);
}
