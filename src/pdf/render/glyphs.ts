/** Makes any text safe to draw with one font: every character either drawn or visibly replaced. */
export type Sanitise = (text: string) => string;

const REPLACEMENT = 0xfffd;
// Plain printable ASCII and newlines: every Unicode text font has these, so most text skips the scan.
const PLAIN = /^[\x20-\x7e\n]*$/;

export function makeSanitiser(supported: ReadonlySet<number>): Sanitise {
  const replacement = supported.has(REPLACEMENT) ? String.fromCodePoint(REPLACEMENT) : '?';
  return (text) => {
    const normal = text
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/\t/g, '    ');
    if (PLAIN.test(normal)) return normal;
    let out = '';
    for (const ch of normal) {
      const cp = ch.codePointAt(0) ?? REPLACEMENT;
      if (cp === 10) out += ch;
      // Control characters print as nothing in any font: drop them rather than show a box.
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      // jsPDF encodes text one UTF-16 unit at a time, so a character beyond the BMP cannot be drawn.
      else if (cp > 0xffff || !supported.has(cp)) out += replacement;
      else out += ch;
    }
    return out;
  };
}
