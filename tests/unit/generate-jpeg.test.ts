import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeJpeg } from '../../src/samples/jpeg';

const dir = mkdtempSync(join(tmpdir(), 'folio-jpeg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A picture with smooth gradients and a hard-edged disc, sizes not multiples of 8. */
function picture(w: number, h: number): Uint8Array {
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = (y * w + x) * 3;
      const disc = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (h / 4) ** 2;
      rgb[i] = disc ? 230 : (x * 255) / w;
      rgb[i + 1] = disc ? 30 : (y * 255) / h;
      rgb[i + 2] = disc ? 40 : 120;
    }
  }
  return rgb;
}

/**
 * Decodes a JPEG with an independent decoder: poppler's, by placing it on a PDF page of exactly its size
 * and rendering that page at one pixel per point.
 */
function decodeWithPoppler(jpeg: Uint8Array, w: number, h: number): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: [w, h], orientation: w > h ? 'landscape' : 'portrait' });
  doc.addImage(jpeg, 'JPEG', 0, 0, w, h);
  const pdf = join(dir, `${w}x${h}.pdf`);
  writeFileSync(pdf, new Uint8Array(doc.output('arraybuffer')));
  execFileSync('pdftoppm', ['-r', '72', '-singlefile', pdf, join(dir, `${w}x${h}`)]);
  const ppm = readFileSync(join(dir, `${w}x${h}.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('poppler did not write a binary PPM');
  expect([Number(header[1]), Number(header[2])]).toEqual([w, h]);
  return new Uint8Array(ppm.subarray(header[0].length));
}

describe('encodeJpeg', () => {
  it('writes a baseline JPEG that another decoder reads back as the same picture', () => {
    const [w, h] = [61, 45];
    const rgb = picture(w, h);
    const jpeg = encodeJpeg(w, h, rgb, { quality: 90 });
    expect(Array.from(jpeg.slice(0, 2))).toEqual([0xff, 0xd8]);
    expect(Array.from(jpeg.slice(-2))).toEqual([0xff, 0xd9]);
    const decoded = decodeWithPoppler(jpeg, w, h);
    let error = 0;
    for (let i = 0; i < rgb.length; i += 1) error += Math.abs((decoded[i] ?? 0) - (rgb[i] ?? 0));
    // Lossy, so close rather than equal: on average within a few levels of 255.
    expect(error / rgb.length).toBeLessThan(5);
  });

  it('records an EXIF orientation when asked, as a phone held sideways does', () => {
    const jpeg = encodeJpeg(16, 8, picture(16, 8), { orientation: 6 });
    expect(Array.from(jpeg.slice(2, 4))).toEqual([0xff, 0xe1]);
    const text = new TextDecoder('latin1').decode(jpeg.slice(6, 12));
    expect(text).toBe('Exif\0\0');
    // Tag 0x0112 (orientation), type SHORT, count 1, value 6.
    expect(Array.from(jpeg.slice(22, 32))).toEqual([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6]);
    expect(decodeWithPoppler(jpeg, 16, 8)).toHaveLength(16 * 8 * 3);
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodeJpeg(8, 8, new Uint8Array(10))).toThrow(/Expected 192 bytes/);
  });
});
