import type { PersonalDataFinding } from './personal-data-finding';
import { regexFindings } from './regex-findings';

const APOSTROPHES = /['\u2019]/g;

/**
 * Names from the learner's "people to redact" list, as whole words in any case. Letters are
 * Unicode letters (Zoë, Łucja), either apostrophe matches either (O'Brien, O’Brien), any run of
 * spaces matches the space in a full name, and a name typed with combining accents matches one
 * typed with precomposed letters. Longer names are tried first, so "Jo Smith" wins over "Jo".
 */
export function findPeople(text: string, people: readonly string[]): PersonalDataFinding[] {
  const pattern = peoplePattern(people);
  if (pattern === undefined) return [];
  return regexFindings(text, pattern, 'person');
}

function peoplePattern(people: readonly string[]): RegExp | undefined {
  const forms = new Set<string>();
  for (const person of people) {
    const name = person.trim();
    if (name === '') continue;
    forms.add(name.normalize('NFC'));
    forms.add(name.normalize('NFD'));
  }
  if (forms.size === 0) return undefined;
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(namePattern);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'giu');
}

function namePattern(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => escapeForRegExp(word).replace(APOSTROPHES, "['\u2019]"))
    .join('\\s+');
}

function escapeForRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
