import type { PersonalDataFinding } from './personal-data-finding';

/*
 * A UK number: 0 (or +44 / 0044, with an optional "(0)") then nine or ten more digits, each digit
 * after the first two optionally preceded by one space or hyphen, or by the ")" that closes a
 * bracketed area code. The separator alternatives start with different characters, so there is
 * one way to match any string and the bounded repetition keeps the work per position constant.
 * Not preceded or followed by a letter or digit, so "E004", reference numbers inside longer runs
 * of digits, dates (12/03/2026), times (14:30) and money (£1,234.56) never fire.
 */
const PHONE =
  /(?<![\p{L}\p{N}_+])(?:(?:\+|00)44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(0|0)\d(?:(?:\)[ \u00a0-]?|[ \u00a0-])?\d){8,9}(?![\p{L}\p{N}_])/gu;

/** UK phone numbers in the forms people write them: mobile, landline, bracketed, +44 and 0044. */
export function findPhones(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  const phone = new RegExp(PHONE.source, PHONE.flags);
  for (let match = phone.exec(text); match !== null; match = phone.exec(text)) {
    const start = match.index;
    const written = match[0];
    if (isUkNumber(written)) {
      found.push({ kind: 'phone', text: written, start, end: start + written.length });
    } else {
      // A rejected match ("(0044 161 496" has an unclosed bracket) may hide a number that starts
      // one character later, so look again from there rather than after the whole match.
      phone.lastIndex = start + 1;
    }
  }
  return found;
}

function isUkNumber(written: string): boolean {
  const opens = written.split('(').length - 1;
  const closes = written.split(')').length - 1;
  if (opens !== closes || opens > 1) return false;
  const digits = written.replace(/\D/g, '');
  const international = /^(?:\+|00)44/.test(written);
  // "+44 (0)20 …" writes the trunk 0 twice over: drop the 44 and keep one 0.
  const national = international ? `0${digits.replace(/^(?:00)?44/, '').replace(/^0/, '')}` : digits;
  const second = national.charAt(1);
  if (!/[1235789]/.test(second)) return false;
  // Area codes starting 01 and the 0800 freephone range also have ten-digit numbers.
  if (national.length === 10) return second === '1' || national.startsWith('0800');
  return national.length === 11;
}
