import { describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { allMarkingPoints } from '../../src/catalogue';
import { evidenceKinds } from '../../src/domain/evidence-kinds';
import { generatePortfolio } from '../../src/samples/generate';
import { sha256Hex } from '../../src/domain/hash';
import { encodePng } from '../../src/samples/png';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';

const now = '2026-11-22T09:00:00.000Z';

describe('generatePortfolio', () => {
  it('makes the number of items asked for, of every kind, with a PNG or JPEG photo on one item in four', async () => {
    const s = await generatePortfolio({ items: 40, imageEvery: 4, seed: 1, now, imageWidth: 40 });
    expect(s.evidence.map((e) => e.ref).slice(0, 3)).toEqual(['E001', 'E002', 'E003']);
    expect(s.evidence).toHaveLength(40);
    expect(new Set(s.evidence.map((e) => e.kind))).toEqual(new Set(evidenceKinds.map((k) => k.id)));
    expect(s.attachments).toHaveLength(10);
    expect(s.attachments.map((a) => a.type)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'image/png' : 'image/jpeg')));
    for (const a of s.attachments) {
      const signature = a.type === 'image/png' ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff];
      expect(Array.from(a.bytes.slice(0, signature.length))).toEqual(signature);
      expect(a.name.endsWith(a.type === 'image/png' ? '.png' : '.jpg')).toBe(true);
      expect(a.sha256).toBe(await sha256Hex(a.bytes));
      expect(a.size).toBe(a.bytes.length);
    }
    expect(s.mappings.length).toBeGreaterThanOrEqual(40);
    expect(new Set(s.mappings.map((m) => m.markingPointId)).size).toBeGreaterThan(allMarkingPoints.length / 2);
    expect(s.decisions.length).toBeGreaterThan(0);
    expect(s.evidence.every((e) => e.date < now.slice(0, 10) && e.createdAt < now)).toBe(true);
  });

  it('is reproducible from its seed, and different for another seed', async () => {
    const a = await generatePortfolio({ items: 6, seed: 9, now, imageWidth: 16 });
    expect(await generatePortfolio({ items: 6, seed: 9, now, imageWidth: 16 })).toEqual(a);
    expect((await generatePortfolio({ items: 6, seed: 10, now, imageWidth: 16 })).portfolio.id).not.toBe(a.portfolio.id);
  });

  it('makes portfolios the .folio file accepts as valid', async () => {
    const s = await generatePortfolio({ items: 30, seed: 4, now, imageWidth: 24 });
    const decoded = await decodeFolio(await encodeFolio(s, { appVersion: 'test', now }));
    expect(decoded.ok ? decoded.snapshot : decoded.error).toStrictEqual(s);
  });
});

describe('encodePng', () => {
  it('writes a PNG whose header and pixel data read back', () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const png = encodePng(2, 2, rgb);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([2, 2, 8, 2]);
    const idatLength = view.getUint32(33);
    expect(String.fromCharCode(...png.slice(37, 41))).toBe('IDAT');
    const raw = inflateSync(png.slice(41 + 2, 41 + idatLength - 4));
    expect(Array.from(raw)).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
    expect(String.fromCharCode(...png.slice(-8, -4))).toBe('IEND');
    // Each chunk's CRC, checked with Node's own zlib rather than the encoder's.
    for (let at = 8; at < png.length; ) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodePng(2, 2, new Uint8Array(5))).toThrow(/Expected 12 bytes/);
  });
});
