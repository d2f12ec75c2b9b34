import type { PersonalDataFinding, PersonalDataKind } from './personal-data-finding';

/** Every match of a global `pattern` in `text` as a finding of `kind`, with its offsets. */
export function regexFindings(text: string, pattern: RegExp, kind: PersonalDataKind): PersonalDataFinding[] {
  return Array.from(text.matchAll(pattern), (match) => ({
    kind,
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
