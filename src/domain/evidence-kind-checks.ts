import { isCalendarDate } from './calendar';
import { findKind } from './evidence-kinds';
import { shortForMessage } from './short-for-message';

/** One problem with a kind's own field, where a zod issue or a form error would put it. */
export interface KindFieldIssue {
  path: ['fields', string];
  message: string;
}

/**
 * Who the values come from, which decides how much is asked of them:
 * - 'entered': a learner typing in the evidence form. Every rule applies to the trimmed value:
 *   required fields filled, dates real, numbers whole, choices from the list. Messages say what to type.
 * - 'stored': an item already saved, whatever file it came from. Only its date fields must hold real
 *   dates (the PDF and the lists print them); required fields, numbers and choices are what the form
 *   asks at entry, and an item saved before a kind's definition changed must still be readable.
 */
export type KindFieldSource = 'entered' | 'stored';

/** The checks a kind's own fields get, from that kind's definition; an unknown kind has none to check. */
export function kindFieldIssues(kind: string, fields: Readonly<Record<string, string>>, source: KindFieldSource): KindFieldIssue[] {
  const issues: KindFieldIssue[] = [];
  for (const field of findKind(kind)?.fields ?? []) {
    const path: KindFieldIssue['path'] = ['fields', field.name];
    const raw = fields[field.name] ?? '';
    if (source === 'stored') {
      if (field.type === 'date' && raw !== '' && !isCalendarDate(raw)) {
        issues.push({ path, message: `“${shortForMessage(raw, 20)}” is not a real date (yyyy-mm-dd)` });
      }
      continue;
    }
    const value = raw.trim();
    const label = field.label.toLowerCase();
    if (field.required && value === '') {
      issues.push({ path, message: `${field.options ? 'Choose' : 'Enter'} ${label}` });
    } else if (value === '') {
      continue;
    } else if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      issues.push({ path, message: `Enter ${label} as a date, for example 22/11/2026` });
    } else if (field.type === 'date' && !isCalendarDate(value)) {
      issues.push({ path, message: `Enter ${label} as a real date, for example 22/11/2026 (there is no such day)` });
    } else if (field.type === 'number' && !/^\d+$/.test(value)) {
      issues.push({ path, message: `Enter ${label} as a whole number` });
    } else if (field.options && !field.options.includes(value)) {
      issues.push({ path, message: `Choose ${label} from the list` });
    }
  }
  return issues;
}
