/** Legislation and organisational policies learners most often cite; the seeds ask for both to be named. */
export const tagSuggestions = [
  'Consumer Rights Act 2015',
  'Equality Act 2010',
  'Data Protection Act 2018',
  'UK GDPR',
  'Health and Safety at Work Act 1974',
  'Complaints procedure',
  'Customer charter',
  'Service level agreement',
  'Code of practice',
  'Escalation policy',
] as const;

/** Adds a tag unless it is blank or already there (whatever its case); returns the same list otherwise. */
export function addTag(tags: readonly string[], entry: string): readonly string[] {
  const tag = entry.trim().replace(/\s+/g, ' ');
  if (tag === '' || tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return tags;
  return [...tags, tag];
}
