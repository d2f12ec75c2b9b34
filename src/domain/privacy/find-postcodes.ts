import type { PersonalDataFinding } from './personal-data-finding';
import { regexFindings } from './regex-findings';

/*
 * A UK postcode: an outward code in one of its six shapes (A9, A99, A9A, AA9, AA99, AA9A, with the
 * letters each position allows), an optional space, and an inward code (a digit and two letters,
 * never C, I, K, M, O or V), or the special GIR 0AA. Bounded length and a fixed first letter, so
 * each starting position costs a constant amount of work.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}_])(?:GIR ?0AA|[A-PR-UWYZ](?:\d\d?|\d[A-HJKPSTUW]|[A-HK-Y]\d\d?|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}_])/giu;

/** UK postcodes, upper or lower case, with or without the space. */
export function findPostcodes(text: string): PersonalDataFinding[] {
  return regexFindings(text, POSTCODE, 'postcode');
}
