import type { PersonalDataFinding } from './personal-data-finding';

const CARD_MIN = 13;
const CARD_MAX = 19;

/*
 * A run of digit groups joined by single spaces or hyphens. No lookaround: the scan resumes after
 * each run, so every character is read once. The edges are checked by hand afterwards.
 */
const DIGIT_RUN = /\d+(?:[ \u00a0-]\d+)*/g;

/**
 * Payment card numbers: 13 to 19 digits, written together or in groups, that pass the Luhn check.
 * Inside a longer run of groups ("Order 12 4111 1111 1111 1111") the card may start at any group;
 * from each group the longest Luhn-valid span is taken. A number that starts with 0 is not a
 * card (no card scheme issues one), which keeps UK phone numbers out.
 */
export function findCards(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (/[\p{L}_+]/u.test(text.charAt(runStart - 1)) || /[\p{L}_]/u.test(text.charAt(runEnd))) continue;
    found.push(...cardsInRun(text, runStart, run[0]));
  }
  return found;
}

function cardsInRun(text: string, runStart: number, run: string): PersonalDataFinding[] {
  const groups = Array.from(run.matchAll(/\d+/g), (g) => ({ start: runStart + g.index, digits: g[0] }));
  const found: PersonalDataFinding[] = [];
  let i = 0;
  while (i < groups.length) {
    const best = longestCardFrom(groups, i);
    const first = groups[i];
    if (best === undefined || first === undefined) {
      i += 1;
      continue;
    }
    const last = groups[best];
    if (last === undefined) break;
    const end = last.start + last.digits.length;
    found.push({ kind: 'card', text: text.slice(first.start, end), start: first.start, end });
    i = best + 1;
  }
  return found;
}

/** The index of the last group of the longest Luhn-valid card that starts at group `from`. */
function longestCardFrom(groups: readonly { digits: string }[], from: number): number | undefined {
  if (groups[from]?.digits.startsWith('0') !== false) return undefined;
  let digits = '';
  let best: number | undefined;
  for (let j = from; j < groups.length; j += 1) {
    digits += groups[j]?.digits ?? '';
    if (digits.length > CARD_MAX) break;
    if (digits.length >= CARD_MIN && passesLuhn(digits)) best = j;
  }
  return best;
}

/** The Luhn check every payment card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k += 1) {
    let d = Number(digits.charAt(digits.length - 1 - k));
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
