/**
 * Reads which characters a TrueType font can draw, from its cmap table. jsPDF draws a character
 * the font lacks as glyph 0 (a box, or nothing, and garbage when copied), so text is checked
 * against this set and such characters replaced before anything is measured or drawn.
 */
export function supportedCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, 'cmap');
  if (cmap === undefined) throw new Error('The font has no cmap table.');
  const count = view.getUint16(cmap + 2);
  let best: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap + view.getUint32(rec + 4);
    // jsPDF reads the Unicode BMP subtable (format 4), so that is the one that counts.
    if (view.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) {
      best = offset;
      if (platform === 3) break;
    }
  }
  if (best === undefined) throw new Error('The font has no Unicode (format 4) character map.');
  return readFormat4(view, best);
}

function findTable(view: DataView, tag: string): number | undefined {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    if (name === tag) return view.getUint32(rec + 8);
  }
  return undefined;
}

function readFormat4(view: DataView, at: number): Set<number> {
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const out = new Set<number>();
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const glyphAt = rangeAt + rangeOffset + (c - start) * 2;
        if (glyphAt + 2 > view.byteLength) continue;
        const raw = view.getUint16(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
  return out;
}
