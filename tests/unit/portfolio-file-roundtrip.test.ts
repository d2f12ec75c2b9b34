import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio, FOLIO_FORMAT, FOLIO_FORMAT_VERSION } from '../../src/domain/portfolio-file';
import { snapshotArb } from './portfolio-file-arbitraries';

const meta = { appVersion: '0.1.0-test', now: '2026-11-22T14:05:00.000Z' };

describe('.folio round trip', () => {
  it('gives back every field, mapping, attachment byte and timestamp of any portfolio', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (pending) => {
        const snapshot = await pending;
        const decoded = await decodeFolio(await encodeFolio(snapshot, meta));
        if (!decoded.ok) throw new Error(decoded.error.message);
        expect(decoded.snapshot).toStrictEqual(snapshot);
        for (const [i, a] of snapshot.attachments.entries()) {
          expect(Array.from(decoded.snapshot.attachments[i]?.bytes ?? [])).toEqual(Array.from(a.bytes));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('writes a manifest that names the format, version, app, time and the checksum of every entry', async () => {
    const snapshot = await generatePortfolio({ items: 8, imageEvery: 4, seed: 7, now: meta.now });
    const decoded = await decodeFolio(await encodeFolio(snapshot, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const { manifest } = decoded;
    expect(manifest).toMatchObject({ format: FOLIO_FORMAT, formatVersion: FOLIO_FORMAT_VERSION, appVersion: '0.1.0-test', createdAt: meta.now, portfolioId: snapshot.portfolio.id });
    expect(Object.keys(manifest.entries).sort()).toEqual(['portfolio.json', ...snapshot.attachments.map((a) => `attachments/${a.id}`)].sort());
    expect(snapshot.attachments).toHaveLength(2);
    for (const a of snapshot.attachments) expect(manifest.entries[`attachments/${a.id}`]).toEqual({ sha256: a.sha256, size: a.size });
    expect(decoded.snapshot).toStrictEqual(snapshot);
  });

  it('writes the same bytes for the same portfolio and time', async () => {
    const snapshot = await generatePortfolio({ items: 5, seed: 2, now: meta.now });
    expect(await encodeFolio(snapshot, meta)).toEqual(await encodeFolio(snapshot, meta));
  });
});
