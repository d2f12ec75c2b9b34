import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { scaleImageNode } from '../../src/cli/lib/scale-image-node';
import { newWorkMeter } from '../../src/domain/work-meter';
import { buildPdfModel, MemoryPrintCopyCache, type ImageScaler } from '../../src/pdf';
import { readImageInfo } from '../../src/pdf/model/image-info';
import { oversizeNote } from '../../src/pdf/model/image-limits';
import { printTarget } from '../../src/pdf/render/print-copy';
import { buildSnapshot, colourCentres, listImages, NOW, pagesText, pngBomb, redBlueJpeg, redBluePng, renderToFile, squash, withExifLittleEndian } from './pdf-helpers';

const BOMB_NOTE = 'Too large to print: 20,000 × 20,000 pixels';

/** One evidence item per file, so each can be found by its heading. */
function onePerItem(files: { name: string; type: string; bytes: Uint8Array }[]) {
  return buildSnapshot(files.map((f, i) => ({ title: `Item ${i + 1}`, kind: 'other' as const, date: '2026-05-01', fields: { description: 'A file.' }, files: [f] })));
}

/** A scaler that counts its calls, around the real one by default. */
function countingScaler(inner: ImageScaler = scaleImageNode): { scale: ImageScaler; calls: () => number } {
  let calls = 0;
  return {
    scale: (bytes, info, target) => {
      calls += 1;
      return inner(bytes, info, target);
    },
    calls: () => calls,
  };
}

// A 4000 × 3000 phone photo (red left, blue right as stored), made once: encoding it takes a moment.
const bigPhoto = redBlueJpeg(4000, 3000);

describe('pixel limits, read from the header', () => {
  it('says why a picture over the limits is not printed, and passes one within them', () => {
    expect(oversizeNote({ width: 20_000, height: 20_000 })).toMatch(/^Too large to print: 20,000 × 20,000 pixels \(the limit is 40 megapixels and 12,000 pixels a side\)/);
    expect(oversizeNote({ width: 1, height: 12_001 })).toBeDefined();
    expect(oversizeNote({ width: 8000, height: 6000 })).toBeDefined(); // 48 MP
    expect(oversizeNote({ width: 7000, height: 5000 })).toBeUndefined();
  });

  it('reads a bomb’s declared size from its header without inflating it', () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(readImageInfo(bomb)).toEqual({ format: 'png', width: 20_000, height: 20_000, orientation: 1 });
  });

  it('lists a pixel bomb as a file in the model, with the reason', async () => {
    const { snapshot } = await onePerItem([{ name: 'huge.png', type: 'image/png', bytes: pngBomb(20_000, 20_000) }]);
    const item = buildPdfModel(snapshot, { now: NOW, includeAttachments: true }).evidence.items[0];
    expect(item?.images).toEqual([]);
    expect(item?.files.map((f) => [f.name, f.type, f.note?.slice(0, BOMB_NOTE.length)])).toEqual([['huge.png', 'image/png', BOMB_NOTE]]);
  });

  it('renders a portfolio with a pixel bomb without decoding it: listed with name, size, SHA-256 and the note', { timeout: 60_000 }, async () => {
    const { snapshot } = await onePerItem([
      { name: 'huge.png', type: 'image/png', bytes: pngBomb(20_000, 20_000) },
      { name: 'strip.jpg', type: 'image/jpeg', bytes: withSize(redBlueJpeg(16, 8), 8, 60_000) },
    ]);
    const meter = newWorkMeter();
    const scaler = countingScaler();
    const { path } = await renderToFile(snapshot, {}, { work: meter, scaleImage: scaler.scale });
    expect(listImages(path)).toEqual([]);
    expect(meter.decodedPixels).toBe(0);
    expect(scaler.calls()).toBe(0);
    const text = squash(pagesText(path, '-raw').join(' '));
    expect(text).toContain(`huge.png ${BOMB_NOTE}`);
    expect(text).toContain('strip.jpg Too large to print: 60,000 × 8 pixels');
    expect(text.replace(/ /g, '')).toContain(snapshot.attachments[0]?.sha256);
  });
});

/** A JPEG whose start-of-frame claims another size (the data is left as it was). */
function withSize(jpeg: Uint8Array, height: number, width: number): Uint8Array {
  const out = jpeg.slice();
  for (let at = 2; at + 9 < out.length; ) {
    const marker = out[at + 1] ?? 0;
    if (marker === 0xc0 || marker === 0xc2) {
      out[at + 5] = height >> 8;
      out[at + 6] = height & 0xff;
      out[at + 7] = width >> 8;
      out[at + 8] = width & 0xff;
      return out;
    }
    at += 2 + (((out[at + 2] ?? 0) << 8) | (out[at + 3] ?? 0));
  }
  throw new Error('no start of frame');
}

describe('print copies of large photos', () => {
  it('plans a copy 2000 px on the long edge, upright, only for pictures larger than that', () => {
    expect(printTarget({ format: 'jpeg', width: 4032, height: 3024, orientation: 6 })).toEqual({ width: 1500, height: 2000, format: 'jpeg', quality: 0.85 });
    expect(printTarget({ format: 'png', width: 3000, height: 1000, orientation: 1, transparent: true })).toEqual({ width: 2000, height: 667, format: 'png', quality: 0.85 });
    expect(printTarget({ format: 'png', width: 2000, height: 1500, orientation: 1 })).toBeUndefined();
  });

  it('embeds a 4000 × 3000 photo at 2000 px, and one turned by EXIF orientation 6 upright at 1500 × 2000', { timeout: 60_000 }, async () => {
    const { snapshot } = await onePerItem([
      { name: 'wide.jpg', type: 'image/jpeg', bytes: bigPhoto },
      { name: 'sideways.jpg', type: 'image/jpeg', bytes: withExifLittleEndian(bigPhoto, 6) },
    ]);
    const meter = newWorkMeter();
    const { path, bytes } = await renderToFile(snapshot, {}, { scaleImage: scaleImageNode, work: meter });
    const images = listImages(path);
    expect(images.map(([, w, h, enc]) => [w, h, enc])).toEqual([
      [2000, 1500, 'jpeg'],
      [1500, 2000, 'jpeg'],
    ]);
    // Upright in the copy itself: red, stored on the left, is on top once turned.
    const { red, blue } = colourCentres(path, images[1]?.[0] ?? 0);
    expect(blue[1] - red[1]).toBeGreaterThan(10);
    expect(Math.abs(blue[0] - red[0])).toBeLessThan(2);
    expect(meter.decodedPixels).toBe(2 * 4000 * 3000);
    // Two 2000 px JPEGs of flat colour, not two 12 MP originals.
    expect(bytes.length).toBeLessThan(bigPhoto.length);
  });

  it('scales a photo once: a second render with the same cache calls the scaler zero times', { timeout: 60_000 }, async () => {
    const { snapshot } = await onePerItem([
      { name: 'photo.jpg', type: 'image/jpeg', bytes: bigPhoto },
      { name: 'same-photo-again.jpg', type: 'image/jpeg', bytes: bigPhoto },
    ]);
    const cache = new MemoryPrintCopyCache();
    const first = countingScaler();
    const meter1 = newWorkMeter();
    await renderToFile(snapshot, {}, { scaleImage: first.scale, printCopies: cache, work: meter1 });
    expect(first.calls()).toBe(1); // the same photo attached twice is scaled once
    expect(cache.added.map((c) => [c.sha256, c.width, c.height, c.format])).toEqual([[snapshot.attachments[0]?.sha256, 2000, 1500, 'jpeg']]);

    const second = countingScaler();
    const meter2 = newWorkMeter();
    const { path } = await renderToFile(snapshot, {}, { scaleImage: second.scale, printCopies: cache, work: meter2 });
    expect(second.calls()).toBe(0);
    expect(meter2.decodedPixels).toBe(0);
    // One copy, drawn on each item's page (pdfimages lists each drawing).
    expect(listImages(path).map(([, w, h]) => [w, h])).toEqual([
      [2000, 1500],
      [2000, 1500],
    ]);
  });

  it('keeps a transparent PNG a PNG, and a PNG photo becomes a JPEG', { timeout: 60_000 }, async () => {
    const rgba = await sharp({ create: { width: 2400, height: 1200, channels: 4, background: { r: 200, g: 20, b: 20, alpha: 0.5 } } }).png().toBuffer();
    const { snapshot } = await onePerItem([
      { name: 'logo.png', type: 'image/png', bytes: new Uint8Array(rgba) },
      { name: 'photo.png', type: 'image/png', bytes: redBluePng(2400, 1200) },
    ]);
    const { path } = await renderToFile(snapshot, {}, { scaleImage: scaleImageNode });
    // pdfimages lists a PNG's alpha as its own soft mask ('smask'); the JPEG copy is 'jpeg'.
    expect(listImages(path).map(([, w, h, enc]) => [w, h, enc])).toEqual([
      [2000, 1000, 'image'],
      [2000, 1000, 'image'],
      [2000, 1000, 'jpeg'],
    ]);
  });

  it('scales progressive and CMYK JPEGs to ordinary upright sRGB JPEGs', { timeout: 60_000 }, async () => {
    const source = Buffer.from(redBlueJpeg(2400, 1800));
    const progressive = new Uint8Array(await sharp(source).jpeg({ progressive: true }).toBuffer());
    const cmyk = new Uint8Array(await sharp(source).toColourspace('cmyk').jpeg().toBuffer());
    expect(readImageInfo(progressive)).toEqual({ format: 'jpeg', width: 2400, height: 1800, orientation: 1 });
    expect(readImageInfo(cmyk)).toEqual({ format: 'jpeg', width: 2400, height: 1800, orientation: 1 });
    const { snapshot } = await onePerItem([
      { name: 'progressive.jpg', type: 'image/jpeg', bytes: progressive },
      { name: 'cmyk.jpg', type: 'image/jpeg', bytes: cmyk },
    ]);
    const { path } = await renderToFile(snapshot, {}, { scaleImage: scaleImageNode });
    expect(listImages(path).map(([, w, h, enc]) => [w, h, enc])).toEqual([
      [2000, 1500, 'jpeg'],
      [2000, 1500, 'jpeg'],
    ]);
    // The CMYK copy is plain RGB, red still on the left and blue on the right.
    const info = readImageInfo(cmyk);
    const target = info && printTarget(info);
    if (!info || !target) throw new Error('expected a print target');
    const copy = await scaleImageNode(cmyk, info, target);
    const { data, info: raw } = await sharp(copy.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(raw.channels).toBe(3);
    const at = (x: number) => [data[x * 3] ?? 0, data[x * 3 + 2] ?? 0];
    const [leftRed = 0, leftBlue = 0] = at(10);
    const [rightRed = 0, rightBlue = 0] = at(1990);
    expect(leftRed).toBeGreaterThan(leftBlue + 100);
    expect(rightBlue).toBeGreaterThan(rightRed + 80);
  });

  it('lists a photo the scaler cannot handle as a file with a note, and the export goes on', { timeout: 60_000 }, async () => {
    const truncated = bigPhoto.subarray(0, 4000);
    const liar: ImageScaler = async (bytes, info, target) => ({ ...(await scaleImageNode(bytes, info, target)), width: 10 });
    const { snapshot } = await onePerItem([
      { name: 'cut-short.jpg', type: 'image/jpeg', bytes: truncated },
      { name: 'small.jpg', type: 'image/jpeg', bytes: redBlueJpeg(64, 32) },
    ]);
    const { path } = await renderToFile(snapshot, {}, { scaleImage: scaleImageNode });
    expect(listImages(path).map(([, w, h]) => [w, h])).toEqual([[64, 32]]);
    const note = 'cut-short.jpg This photo could not be made ready for print, so it is listed rather than shown.';
    expect(squash(pagesText(path, '-raw').join(' '))).toContain(note);

    const lied = await onePerItem([{ name: 'photo.jpg', type: 'image/jpeg', bytes: bigPhoto }]);
    const second = await renderToFile(lied.snapshot, {}, { scaleImage: liar });
    expect(listImages(second.path)).toEqual([]);
    expect(squash(pagesText(second.path, '-raw').join(' '))).toContain('photo.jpg This photo could not be made ready for print');

    const throws: ImageScaler = () => Promise.reject(new Error('no decoder'));
    const third = await renderToFile(lied.snapshot, {}, { scaleImage: throws });
    expect(squash(pagesText(third.path, '-raw').join(' '))).toContain('photo.jpg This photo could not be made ready for print');
  });

  it('lists GIF and WebP files without decoding them, whatever size they declare', { timeout: 60_000 }, async () => {
    const webp = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: '#c81414' } }).webp().toBuffer();
    const gif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c81414' } }).gif().toBuffer();
    const { snapshot } = await onePerItem([
      { name: 'photo.webp', type: 'image/webp', bytes: new Uint8Array(webp) },
      { name: 'anim.gif', type: 'image/gif', bytes: new Uint8Array(gif) },
    ]);
    const meter = newWorkMeter();
    const { path } = await renderToFile(snapshot, {}, { scaleImage: scaleImageNode, work: meter });
    expect(listImages(path)).toEqual([]);
    expect(meter.decodedPixels).toBe(0);
    const text = squash(pagesText(path, '-raw').join(' '));
    expect(text).toContain('photo.webp image/webp');
    expect(text).toContain('anim.gif image/gif');
  });
});

