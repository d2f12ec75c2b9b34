import { zlibSync } from 'fflate';
import { concatBytes } from '../domain/bytes';
// PNG and zip share the same CRC-32 (IEEE polynomial), so the zip reader's is reused here.
import { crc32 } from '../domain/portfolio-file/crc32';

/** One PNG chunk: length, type, data, CRC. */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A PNG file of `width` × `height` 8-bit RGB pixels around image data already deflated (zlib), so a
 * caller can declare any size it likes over any data, as the CLI's pixel bomb does.
 */
export function rgbPng(width: number, height: number, deflated: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, adaptive filtering, no interlace
  return concatBytes([SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', deflated), pngChunk('IEND', new Uint8Array())]);
}

/** An 8-bit RGB image (`rgb` holds width × height × 3 bytes, row by row) as the bytes of a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  if (rgb.length !== width * height * 3) throw new Error(`Expected ${width * height * 3} bytes of RGB, got ${rgb.length}`);
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Filter type 0 (none) on every row: simple, and still deflates well for smooth images.
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return rgbPng(width, height, zlibSync(raw, { level: 6 }));
}
