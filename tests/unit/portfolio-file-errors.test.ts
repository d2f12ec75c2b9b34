import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../src/samples/generate';
import { sha256Hex } from '../../src/domain/hash';
import { decodeFolio, encodeFolio, type DecodeResult, type FolioErrorCode } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { newWorkMeter } from '../../src/domain/work-meter';

const meta = { appVersion: '0.1.0-test', now: '2026-11-22T14:05:00.000Z' };
let snapshot: PortfolioSnapshot;
let good: Uint8Array;

beforeAll(async () => {
  snapshot = await generatePortfolio({ items: 8, imageEvery: 4, seed: 11, now: meta.now, imageWidth: 64 });
  good = await encodeFolio(snapshot, meta);
});

type Json = Record<string, unknown>;
const readJson = (files: Unzipped, path: string): Json => JSON.parse(strFromU8(files[path] ?? new Uint8Array())) as Json;

/**
 * Unzips the good file, lets a test change it, and zips it again. Unless `keepChecksums`, the manifest's
 * checksums are recomputed, so that only the change the test makes is wrong with the file.
 */
async function rebuild(
  edit: (parts: { files: Unzipped; manifest: Json; data: Json }) => void,
  options: { keepChecksums?: boolean } = {},
): Promise<Uint8Array> {
  const files = unzipSync(good);
  const manifest = readJson(files, 'manifest.json');
  const data = readJson(files, 'portfolio.json');
  files['portfolio.json'] = strToU8(JSON.stringify(data));
  edit({ files, manifest, data });
  if (files['portfolio.json']) files['portfolio.json'] = strToU8(JSON.stringify(data));
  if (!options.keepChecksums) {
    const entries: Record<string, { sha256: string; size: number }> = {};
    for (const [path, bytes] of Object.entries(files)) {
      if (path !== 'manifest.json') entries[path] = { sha256: await sha256Hex(bytes), size: bytes.length };
    }
    manifest.entries = entries;
  }
  if (files['manifest.json']) files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

function refused(result: DecodeResult, code: FolioErrorCode): string {
  if (result.ok) throw new Error(`Expected the file to be refused with ${code}, but it was accepted`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

const rows = (data: Json, table: string): Json[] => data[table] as Json[];

describe('decodeFolio refuses a bad file, saying which way it is bad', () => {
  it('accepts the untouched file (so each case below fails for its own reason)', async () => {
    expect((await decodeFolio(good)).ok).toBe(true);
    expect((await decodeFolio(await rebuild(() => undefined))).ok).toBe(true);
  });

  it('random bytes: not a zip', async () => {
    const message = refused(await decodeFolio(new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3, 4, 5])), 'not-a-zip');
    expect(message).toMatch(/not a zip/i);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await decodeFolio(bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a truncated zip: damaged or incomplete', async () => {
    const message = refused(await decodeFolio(good.slice(0, Math.floor(good.length / 2))), 'corrupt-zip');
    expect(message).toMatch(/damaged or incomplete/);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: good.length - 1 }), async (cut) => {
        expect((await decodeFolio(good.slice(0, cut))).ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('a byte changed inside an attachment: checksum mismatch naming the entry', async () => {
    const attachment = snapshot.attachments[0];
    if (!attachment) throw new Error('the generated portfolio should have an image');
    // Attachments are stored uncompressed, so their bytes can be found and altered in the zip itself.
    const at = good.findIndex((_, i) => attachment.bytes.every((b, j) => good[i + j] === b));
    expect(at).toBeGreaterThan(0);
    const tampered = good.slice();
    tampered[at + 40] = (tampered[at + 40] ?? 0) ^ 0xff;
    const message = refused(await decodeFolio(tampered), 'checksum-mismatch');
    expect(message).toContain(`attachments/${attachment.id}`);
  });

  it('portfolio.json changed after export: checksum mismatch naming portfolio.json', async () => {
    const tampered = await rebuild(({ data }) => {
      const first = rows(data, 'evidence')[0];
      if (first) first.title = 'Edited outside Folio';
    }, { keepChecksums: true });
    expect(refused(await decodeFolio(tampered), 'checksum-mismatch')).toContain('portfolio.json');
  });

  it('an attachment whose record holds a different SHA-256: checksum mismatch naming the attachment', async () => {
    const bad = await rebuild(({ data }) => {
      const first = rows(data, 'attachments')[0];
      if (first) first.sha256 = '0'.repeat(64);
    });
    const name = snapshot.attachments[0]?.name ?? '';
    expect(refused(await decodeFolio(bad), 'checksum-mismatch')).toContain(name);
  });

  it('format version 99: unknown version, saying which and which this app reads', async () => {
    const future = await rebuild(({ manifest }) => {
      manifest.formatVersion = 99;
    });
    const message = refused(await decodeFolio(future), 'unknown-version');
    expect(message).toContain('version 99');
    expect(message).toContain('this app reads versions 1 to 4');
  });

  it('an attachment left out of the zip: missing attachment, naming it', async () => {
    const attachment = snapshot.attachments[1];
    if (!attachment) throw new Error('the generated portfolio should have two images');
    const missing = await rebuild(({ files }) => {
      delete files[`attachments/${attachment.id}`];
    });
    const message = refused(await decodeFolio(missing), 'missing-attachment');
    expect(message).toContain(attachment.name);
    expect(message).toContain(snapshot.evidence.find((e) => e.id === attachment.evidenceId)?.ref ?? '?');
  });

  it('a file over the limit: too large, saying the limit', async () => {
    const message = refused(await decodeFolio(good, { maxBytes: 1024 }), 'too-large');
    expect(message).toContain('the limit is 1.0 KB');
    expect(refused(await decodeFolio(new Uint8Array(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 }), 'too-large')).toContain('2 MB');
  });

  it('a small zip that unpacks to more than the limit: too large, before inflating it', async () => {
    const bomb = zipSync({ 'portfolio.json': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const work = newWorkMeter();
    expect(refused(await decodeFolio(bomb, { maxUnzippedBytes: 1_000_000, work }), 'too-large')).toMatch(/unpacks to more than/);
    expect(work.inflatedBytes).toBe(0);
  });

  it('a date that is not a real date: invalid data, naming the record and field', async () => {
    const bad = await rebuild(({ data }) => {
      const item = rows(data, 'evidence')[3];
      if (item) item.date = '2026-13-45';
    });
    expect(refused(await decodeFolio(bad), 'invalid-data')).toContain('evidence E004: date — Enter a real date');
  });

  it('a missing required value: invalid data, naming the record and field', async () => {
    const bad = await rebuild(({ data }) => {
      const portfolio = data.portfolio as Json;
      delete portfolio.learnerName;
    });
    expect(refused(await decodeFolio(bad), 'invalid-data')).toContain('portfolio: learnerName — it is missing (expected string)');
  });

  it('a mapping to a marking point the qualification does not have: invalid data', async () => {
    const bad = await rebuild(({ data }) => {
      const m = rows(data, 'mappings')[0];
      if (m) {
        m.markingPointId = 'XYZ-9';
        m.id = `${String(m.evidenceId)}:XYZ-9`;
      }
    });
    expect(refused(await decodeFolio(bad), 'invalid-data')).toMatch(/mapping E001 → XYZ-9: markingPointId — XYZ-9 is not a marking point/);
  });

  it('a mapping to evidence that is not in the file: invalid data', async () => {
    const bad = await rebuild(({ data }) => {
      data.evidence = rows(data, 'evidence').filter((e) => e.ref !== 'E002');
    });
    expect(refused(await decodeFolio(bad), 'invalid-data')).toMatch(/evidenceId — there is no evidence item/);
  });

  it('two items with the same reference: invalid data', async () => {
    const bad = await rebuild(({ data }) => {
      const [a, b] = rows(data, 'evidence');
      if (a && b) {
        b.number = a.number;
        b.ref = a.ref;
      }
    });
    expect(refused(await decodeFolio(bad), 'invalid-data')).toContain('evidence E001: ref — two items have this reference');
  });

  it('a zip without a manifest: not a Folio file', async () => {
    const bare = zipSync({ 'notes.txt': strToU8('hello') });
    expect(refused(await decodeFolio(bare), 'not-a-folio')).toContain('no manifest.json');
  });

  it('a manifest naming another format: not a Folio file, naming what it says it is', async () => {
    const other = await rebuild(({ manifest }) => {
      manifest.format = 'excalidraw';
    });
    expect(refused(await decodeFolio(other), 'not-a-folio')).toContain('“excalidraw”');
  });

  it('never throws whatever the data holds, and refuses anything but a valid shape as invalid data', async () => {
    const keys = ['portfolio', 'evidence', 'mappings', 'decisions', 'audit', 'attachments'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue(), async (key, value) => {
        const bad = await rebuild(({ data }) => {
          data[key] = value;
        });
        const result = await decodeFolio(bad);
        // An empty list of decisions, say, is valid; anything else must be refused for its data.
        if (!result.ok) expect(result.error.code).toBe('invalid-data');
        else expect(value).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
