/**
 * A PDF file identifier derived from what was rendered (FNV-1a, 128 bits as four rounds), so the
 * same portfolio rendered for the same moment gives the same bytes: jsPDF would pick a random one.
 */
export function fileId(seed: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ (round + 1), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
