import type { Signature } from './kinds';
import { checkText } from './text';
import { firstStoredEntry, zipEntryNames } from './zip-directory';

/** Each kind's own marks, read from the first bytes or, for Office files, the zip's directory only. */

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const at = (bytes: Uint8Array, offset: number, sig: readonly number[]) => sig.every((b, i) => bytes[offset + i] === b);
const latin1 = (bytes: Uint8Array, from: number, to: number) => new TextDecoder('latin1').decode(bytes.subarray(from, to));

const heifBrands = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'heif', 'avci'];

/** An ISO base media `ftyp` box whose major or a compatible brand is one of the HEIF brands. */
function isHeif(bytes: Uint8Array): boolean {
  if (!at(bytes, 4, ascii('ftyp'))) return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize >>> 0, bytes.length, 256);
  if (heifBrands.includes(latin1(bytes, 8, 12))) return true;
  for (let brand = 16; brand + 4 <= end; brand += 4) {
    if (heifBrands.includes(latin1(bytes, brand, brand + 4))) return true;
  }
  return false;
}

/** Office Open XML: a zip listing `[Content_Types].xml` and the application's own folder. */
function isOoxml(bytes: Uint8Array, folder: string): boolean {
  const names = zipEntryNames(bytes);
  return names !== undefined && names.includes('[Content_Types].xml') && names.some((n) => n.startsWith(folder));
}

/** OpenDocument: a zip whose first entry is `mimetype`, stored, holding the document's MIME type. */
function isOpenDocument(bytes: Uint8Array, mime: string): boolean {
  const first = firstStoredEntry(bytes, 100);
  return first !== undefined && first.name === 'mimetype' && latin1(first.data, 0, first.data.length) === mime && zipEntryNames(bytes) !== undefined;
}

const checks: Record<Signature, (bytes: Uint8Array) => boolean> = {
  jpeg: (b) => at(b, 0, [0xff, 0xd8, 0xff]),
  png: (b) => at(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  gif: (b) => at(b, 0, ascii('GIF87a')) || at(b, 0, ascii('GIF89a')),
  webp: (b) => at(b, 0, ascii('RIFF')) && at(b, 8, ascii('WEBP')),
  heif: isHeif,
  pdf: (b) => at(b, 0, ascii('%PDF')),
  ole: (b) => at(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  docx: (b) => isOoxml(b, 'word/'),
  xlsx: (b) => isOoxml(b, 'xl/'),
  pptx: (b) => isOoxml(b, 'ppt/'),
  odt: (b) => isOpenDocument(b, 'application/vnd.oasis.opendocument.text'),
  ods: (b) => isOpenDocument(b, 'application/vnd.oasis.opendocument.spreadsheet'),
  odp: (b) => isOpenDocument(b, 'application/vnd.oasis.opendocument.presentation'),
  rtf: (b) => at(b, 0, ascii('{\\rtf')),
  text: (b) => checkText(b) === 'text',
};

export function matchesSignature(signature: Signature, bytes: Uint8Array): boolean {
  return checks[signature](bytes);
}
