import { findCards } from './find-cards';
import { findEmails } from './find-emails';
import { findNiNumbers } from './find-ni-numbers';
import { findPeople } from './find-people';
import { findPhones } from './find-phones';
import { findPostcodes } from './find-postcodes';
import type { PersonalDataFinding } from './personal-data-finding';

export interface PersonalDataOptions {
  /** Names the learner wants kept out of anything that leaves the device. */
  peopleToRedact?: readonly string[];
}

/*
 * Cost: every finder is linear in the text (see each file). Measured with Node 20 on a 2-core
 * machine: 200 KB of prose holding about 2,500 pieces of personal data, about 10 ms once warm
 * (40 ms on the first, cold call); the slowest hostile input tried (200 KB of single digits in
 * groups, which the card finder reads up to 19 digits ahead from each) about 100 ms.
 */

/**
 * Every piece of personal data in `text`, in order and never overlapping. Where two finders claim
 * overlapping text (a name inside an email address), the longer claim wins, and of equal ones the
 * earlier; so a whole address is masked, not part of it. A card number yields to any other kind:
 * it is the most speculative claim (any run of 13 to 19 digits passes the Luhn check one time in
 * ten), and would otherwise swallow a phone number and the reference written after it.
 */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const candidates = [
    ...findEmails(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findNiNumbers(text),
    ...findCards(text),
    ...findPeople(text, options.peopleToRedact ?? []),
  ];
  return withoutOverlaps(candidates);
}

function withoutOverlaps(candidates: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const byClaim = [...candidates].sort(
    (a, b) => cardLast(a) - cardLast(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: PersonalDataFinding[] = [];
  for (const candidate of byClaim) {
    const at = firstEndingAfter(kept, candidate.start);
    const next = kept[at];
    if (next !== undefined && next.start < candidate.end) continue;
    kept.splice(at, 0, candidate);
  }
  return kept;
}

const cardLast = (finding: PersonalDataFinding) => (finding.kind === 'card' ? 1 : 0);

/** In `kept` (sorted, disjoint), the index of the first finding that ends after `start`. */
function firstEndingAfter(kept: readonly PersonalDataFinding[], start: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((kept[mid]?.end ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}
