import { readJpegOrientation, type Orientation } from './exif';

/** What the layout needs to know about an image before drawing it: format, pixel size, orientation. */
export interface ImageInfo {
  format: 'png' | 'jpeg';
  /** Pixel size as stored in the file. */
  width: number;
  height: number;
  orientation: Orientation;
  /** A PNG with an alpha channel or a transparent colour: its print copy stays a PNG. */
  transparent?: true;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads the header of a PNG or JPEG (by its bytes, not its declared type); undefined for anything else. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes);
  return undefined;
}

function readPng(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length < 33) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isHeader = bytes[12] === 0x49 && bytes[13] === 0x48 && bytes[14] === 0x44 && bytes[15] === 0x52; // IHDR
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (!isHeader || width === 0 || height === 0) return undefined;
  const colourType = bytes[25];
  const transparent = colourType === 4 || colourType === 6 || hasTransparencyChunk(bytes, view);
  return transparent ? { format: 'png', width, height, orientation: 1, transparent } : { format: 'png', width, height, orientation: 1 };
}

/** A tRNS chunk (a transparent colour or palette alpha) comes before the image data, if at all. */
function hasTransparencyChunk(bytes: Uint8Array, view: DataView): boolean {
  let at = 33; // after the signature and IHDR
  while (at + 8 <= bytes.length) {
    const type = String.fromCharCode(bytes[at + 4] ?? 0, bytes[at + 5] ?? 0, bytes[at + 6] ?? 0, bytes[at + 7] ?? 0);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + view.getUint32(at);
  }
  return false;
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function readJpeg(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    if (isStartOfFrame(marker)) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      if (width === 0 || height === 0) return undefined;
      return { format: 'jpeg', width, height, orientation: readJpegOrientation(bytes) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}
