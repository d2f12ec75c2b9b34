/**
 * Line-breaking for titles and headings: a number never starts or ends a line apart from the unit or
 * symbol beside it, so "61 % → 78 %" does not leave a lone "%" or "78" at the start of a line.
 * Pure, so the rule is tested without a PDF; the renderer joins with a marker, wraps, then restores.
 */

/** What stands between words that must stay on one line while the text is wrapped. */
export const GLUE = '\u00a0';

// A number (with thousands separators or decimals), optionally signed or with a currency sign.
const NUMBER = String.raw`[-+−£$€]?\d[\d,.]*`;
// Symbols and short units that belong to the number before them.
const AFTER = String.raw`(?:%|‰|°C?|p\.?|pp|x|×|mm|cm|m|km|kg|g|ms|s|h|hrs?|hours?|mins?|minutes?|seconds?|days?|weeks?|months?|years?|GB|MB|KB)`;
// Joiners that must not start a line: "61 % → 78 %" and "3 – 5" hold together across the arrow or dash.
const JOINER = String.raw`(?:→|←|–|—|-|to|of|/|x|×|=)`;

const numberThenUnit = new RegExp(String.raw`(${NUMBER}) (${AFTER})(?=$|[\s,.;:!?)\]])`, 'gu');
const joinedNumbers = new RegExp(String.raw`(${NUMBER}${GLUE}?${AFTER}?) (${JOINER}) (?=${NUMBER})`, 'gu');
// A sign or word that reads with the number after it ("No. 5", "£ 15", "p. 12", "E004, p. 12").
const beforeNumber = new RegExp(String.raw`(^|\s)(No\.|no\.|p\.|pp\.|£|€|\$|#|§) (?=\d)`, 'gu');

/** The text with GLUE in place of every space a line must not break at. */
export function keepNumbersTogether(text: string): string {
  return text
    .replace(numberThenUnit, `$1${GLUE}$2`)
    .replace(joinedNumbers, `$1${GLUE}$2${GLUE}`)
    .replace(beforeNumber, `$1$2${GLUE}`);
}

/** The wrapped lines back as they are printed: the glue becomes an ordinary space again. */
export function releaseGlue(line: string): string {
  return line.split(GLUE).join(' ');
}
