import { shortForMessage } from '../short-for-message';
import { redactionMasks } from './personal-data-finding';

export const PERSON_NAME_MIN = 2;
export const PERSON_NAME_MAX = 80;

/*
 * The words of the masks ("[name removed]", "[email removed]" …). A listed name equal to one of
 * them would be found again in every redacted text, so a redacted copy would never scan clean.
 */
const MASK_WORDS: ReadonlySet<string> = new Set(
  Object.values(redactionMasks).flatMap((mask) => mask.replace(/[[\]]/g, '').toLowerCase().split(/\s+/)),
);

/** A name as it is kept: trimmed, with runs of spaces made one. */
export function tidyPersonName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * Why `name` cannot go on the "people to redact" list, or undefined when it can. `listed` is the
 * list as it stands; a name already there in any case is refused.
 */
export function personNameIssue(name: string, listed: readonly string[]): string | undefined {
  const tidy = tidyPersonName(name);
  if (tidy === '') return 'Enter a name to add';
  if (tidy.length < PERSON_NAME_MIN) return `Enter a name of at least ${PERSON_NAME_MIN} characters`;
  if (tidy.length > PERSON_NAME_MAX) return `Enter a name of at most ${PERSON_NAME_MAX} characters`;
  if (!/\p{L}/u.test(tidy)) return 'Enter a name with letters in it';
  if (MASK_WORDS.has(tidy.toLowerCase())) {
    return `“${tidy}” is a word Folio uses in place of what it removes; enter a person’s name`;
  }
  const lower = tidy.toLocaleLowerCase('en-GB');
  if (listed.some((n) => n.toLocaleLowerCase('en-GB') === lower)) return `“${shortForMessage(tidy, 40)}” is already on the list`;
  return undefined;
}
