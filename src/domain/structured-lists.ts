import { LIMITS } from './schemas';

/** The lists a learner ticks or types on an item (format 4), each counted or shown as it stands. */
export const structuredListKeys = ['factors', 'feedbackTechniques', 'legislation', 'policies'] as const;
export type StructuredListKey = (typeof structuredListKeys)[number];

/** The lists an evidence kind may offer as a multi-select of the seed's examples (declared per kind in evidence-kinds.ts). */
export type CountedListKey = Extract<StructuredListKey, 'factors' | 'feedbackTechniques'>;

export const listLabels: Record<StructuredListKey, string> = {
  factors: 'Factors that influence service',
  feedbackTechniques: 'Feedback techniques',
  legislation: 'Legislation',
  policies: 'Organisational standards and policies',
};

/**
 * The seeds' own examples, offered as ticks. Factors: seed 001's marking point ("at least three distinct
 * factors (e.g., resources, company policies, customer expectations)") and seed 002's key concept
 * ("organisational culture, legal requirements … and market competition"). Feedback techniques: seed
 * 003's marking point ("at least two feedback collection techniques (e.g., surveys, interviews)") and seed
 * 002's continuous improvement tools ("customer satisfaction surveys, mystery shopping"). A test holds
 * each to the catalogue's text.
 */
export const listExamples: Record<CountedListKey, readonly string[]> = {
  factors: ['Resources', 'Company policies', 'Customer expectations', 'Organisational culture', 'Legal requirements', 'Market competition'],
  feedbackTechniques: ['Surveys', 'Interviews', 'Mystery shopping'],
};

/** Two entries are the same entry whatever their case or surrounding spaces. */
export function entryKey(entry: string): string {
  return entry.trim().toLocaleLowerCase('en-GB');
}

/** How many different entries a list holds, counted case-insensitively. */
export function distinctEntries(entries: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = entryKey(e);
    if (key !== '' && !seen.has(key)) seen.set(key, e.trim());
  }
  return [...seen.values()];
}

export function hasEntry(entries: readonly string[], entry: string): boolean {
  const key = entryKey(entry);
  return entries.some((e) => entryKey(e) === key);
}

/** Why `typed` cannot be added to `entries` ('' when it can), in words for beside the field. */
export function entryIssue(typed: string, entries: readonly string[], what = 'entry'): string | undefined {
  const text = typed.trim();
  if (text === '') return `Type the ${what} to add first`;
  if (text.length > LIMITS.tagMax) return `Keep each ${what} under ${LIMITS.tagMax} characters (this one has ${text.length})`;
  if (hasEntry(entries, text)) return `“${text}” is already in the list`;
  if (entries.length >= LIMITS.tagsMax) return `Use at most ${LIMITS.tagsMax} entries: remove one first`;
  return undefined;
}
