import type { jsPDF } from 'jspdf';
import { toBytes, type FontBytes, type PdfFonts } from './font';
import { supportedCodePoints } from './font-cmap';
import { makeSanitiser, type Sanitise } from './glyphs';
import { FONT } from './theme';

/** A font ready for jsPDF: its bytes as the binary string jsPDF's file system wants, and its characters. */
interface PreparedFont {
  binary: string;
  supported: Set<number>;
}

// Converting 700 KB to a string and reading its cmap costs more than a small PDF: do it once per font.
const prepared = new WeakMap<object, PreparedFont>();

function prepare(font: FontBytes): PreparedFont {
  const hit = prepared.get(font);
  if (hit) return hit;
  const bytes = toBytes(font);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const value = { binary, supported: supportedCodePoints(bytes) };
  prepared.set(font, value);
  return value;
}

export function isFontSet(font: FontBytes | PdfFonts): font is PdfFonts {
  return !(font instanceof Uint8Array) && !(font instanceof ArrayBuffer);
}

/** Registers the fonts with one document; returns the glyph check shared by every piece of text. */
export function registerFonts(doc: jsPDF, font: FontBytes | PdfFonts): { sanitise: Sanitise; hasBold: boolean } {
  const set = isFontSet(font) ? font : { regular: font };
  const regular = prepare(set.regular);
  // The bold face only counts where it can draw what the regular face can (their cmaps differ slightly).
  const bold = set.bold ? prepare(set.bold) : undefined;
  doc.addFileToVFS('folio-regular.ttf', regular.binary);
  doc.addFont('folio-regular.ttf', FONT, 'normal', 'Identity-H');
  if (bold) {
    doc.addFileToVFS('folio-bold.ttf', bold.binary);
    doc.addFont('folio-bold.ttf', FONT, 'bold', 'Identity-H');
  }
  const supported = bold ? new Set([...regular.supported].filter((cp) => bold.supported.has(cp))) : regular.supported;
  return { sanitise: makeSanitiser(supported), hasBold: bold !== undefined };
}
