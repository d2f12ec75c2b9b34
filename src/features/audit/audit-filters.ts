import { isCalendarDate } from '../../domain/calendar';
import { roleLabels, type AuditEntry } from '../../domain/schemas';

/** The audit screen's filters as they live in the URL: `?who=assessor:Ann&what=decision recorded&from=2026-11-01&to=2026-11-30`. */
export interface AuditFilters {
  /** `role:name` of the person, or '' for everyone. */
  who: string;
  /** The action, or '' for every kind of change. */
  what: string;
  /** First and last day (yyyy-mm-dd, inclusive), or '' for no limit. */
  from: string;
  to: string;
}

export const whoKey = (e: Pick<AuditEntry, 'role' | 'name'>) => `${e.role}:${e.name}`;
export const whoLabel = (e: Pick<AuditEntry, 'role' | 'name'>) => (e.name ? `${e.name} (${roleLabels[e.role]})` : roleLabels[e.role]);

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  return { who: params.get('who') ?? '', what: params.get('what') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

/** Only the filters in use go into the URL. */
export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['who', 'what', 'from', 'to'] as const) if (filters[key] !== '') params.set(key, filters[key]);
  return params;
}

export const hasAuditFilters = (f: AuditFilters) => f.who !== '' || f.what !== '' || f.from !== '' || f.to !== '';

/** What is wrong with the dates, if anything, in words that say what to do. */
export function dateProblem(f: AuditFilters): string | undefined {
  if (f.from !== '' && !isCalendarDate(f.from)) return 'The “From” date is not a real date. Pick a day, or clear it to start from the first change.';
  if (f.to !== '' && !isCalendarDate(f.to)) return 'The “To” date is not a real date. Pick a day, or clear it to include the latest change.';
  if (f.from !== '' && f.to !== '' && f.from > f.to) return 'The “From” date is after the “To” date, so no change can match. Swap them.';
  return undefined;
}

/** The entries that match every filter in use; none when the dates are wrong (the page says why). */
export function filterAudit(entries: readonly AuditEntry[], f: AuditFilters): AuditEntry[] {
  if (dateProblem(f)) return [];
  return entries.filter((e) => {
    const day = e.at.slice(0, 10);
    return (
      (f.who === '' || whoKey(e) === f.who) &&
      (f.what === '' || e.action === f.what) &&
      (f.from === '' || day >= f.from) &&
      (f.to === '' || day <= f.to)
    );
  });
}

/** The people and kinds of change the trail holds, for the filters' choices (sorted for reading). */
export function auditChoices(entries: readonly AuditEntry[]): { who: { key: string; label: string }[]; what: string[] } {
  const who = new Map<string, string>();
  for (const e of entries) who.set(whoKey(e), whoLabel(e));
  return {
    who: [...who].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label)),
    what: [...new Set(entries.map((e) => e.action))].sort((a, b) => a.localeCompare(b)),
  };
}
