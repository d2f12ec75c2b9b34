import type { PersonalDataFinding } from './personal-data-finding';

const CARD_MIN = 13;
const CARD_MAX = 19;

/*
 * A run of digit groups joined by single spaces or hyphens. No lookaround: the scan resumes after
 * each run, so every character is read once. What lies either side is checked by hand afterwards.
 */
const DIGIT_RUN = /\d+(?:[ \u00a0-]\d+)*/g;

/**
 * Payment card numbers: 13 to 19 digits, written together or in groups, that pass the Luhn check.
 * Inside a longer run of groups ("Order 12 4111 1111 1111 1111") the card may start at any group;
 * from each group the longest Luhn-valid span is a candidate, and the caller keeps the ones that
 * do not overlap. A number that starts with 0 is not a
 * card (no card scheme issues one), which keeps UK phone numbers out.
 */
export function findCards(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const runStart = run.index;
    found.push(...cardsInRun(text, runStart, run[0]));
  }
  return found;
}

function cardsInRun(text: string, runStart: number, run: string): PersonalDataFinding[] {
  const groups = Array.from(run.matchAll(/\d+/g), (g) => ({
    start: runStart + g.index,
    digits: g[0],
    separator: g.index === 0 ? '' : run.charAt(g.index - 1),
  }));
  // The run's first group cannot start a card when it is part of a word or code ("E004"), of
  // "+44", or the end of a date, time or sum ("12/03/", "14:", "1,234."); nor the last end one
  // when a letter follows it.
  const before = text.slice(Math.max(0, runStart - 2), runStart);
  const startBlocked = /[\p{L}_+]$/u.test(before) || /\d[/.,:]$/.test(before);
  const runEnd = runStart + run.length;
  const endBlocked = /[\p{L}_]/u.test(text.charAt(runEnd));
  const found: PersonalDataFinding[] = [];
  // Every start gives its own candidate, even inside another's span: a span that passes Luhn by
  // chance (one in ten do) must not hide a real card after it when the resolver drops it.
  groups.forEach((first, i) => {
    if (i === 0 && startBlocked) return;
    const last = groups[longestCardFrom(groups, i, endBlocked ? groups.length - 1 : groups.length) ?? -1];
    if (last === undefined) return;
    const end = last.start + last.digits.length;
    found.push({ kind: 'card', text: text.slice(first.start, end), start: first.start, end });
  });
  return found;
}

/**
 * The index of the last group of the longest Luhn-valid card that starts at group `from`. A card
 * is grouped with one kind of separator throughout, so a span that mixes spaces and hyphens
 * ("2026 5500-0000") is two numbers, not one.
 */
function longestCardFrom(
  groups: readonly { digits: string; separator: string }[],
  from: number,
  upTo: number,
): number | undefined {
  if (groups[from]?.digits.startsWith('0') !== false) return undefined;
  let digits = '';
  let best: number | undefined;
  const separator = groups[from + 1]?.separator;
  for (let j = from; j < upTo; j += 1) {
    if (j > from && groups[j]?.separator !== separator) break;
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
    let d = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
