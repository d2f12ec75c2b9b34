import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../src/samples/generate';
import { sha256Hex } from '../../src/domain/hash';
import { decodeFolio, encodeFolio, type DecodeResult, type FolioErrorCode } from '../../src/domain/portfolio-file';
import { INFLATE_CHUNK_BYTES, MAX_ATTACHMENT_BYTES, MAX_DATA_BYTES, unpackBudget } from '../../src/domain/portfolio-file/limits';
import { shortForMessage } from '../../src/domain/short-for-message';
import { LIMITS } from '../../src/domain/schemas';
import { newWorkMeter } from '../../src/domain/work-meter';
import { buildZip, honest, localRecord, overlappingBomb, zerosStream, type RawEntry } from '../../src/cli/lib/hostile-zip';

/** The most one push of compressed bytes can unpack to: deflate's best ratio is about 1,032 to 1, plus its 32 KiB window. */
const ONE_PUSH = INFLATE_CHUNK_BYTES * 1032 + 32 * 1024;

let good: Uint8Array;
/** The good file's entries, with honest headers, in the order Folio writes them. */
let goodEntries: RawEntry[];

beforeAll(async () => {
  const snapshot = await generatePortfolio({ items: 4, imageEvery: 2, seed: 3, now: '2026-11-22T14:05:00.000Z', imageWidth: 32 });
  good = await encodeFolio(snapshot, { appVersion: '0.1.0-test', now: '2026-11-22T14:05:00.000Z' });
  goodEntries = Object.entries(unzipSync(good)).map(([name, bytes]) => honest(name, bytes));
});

function refused(result: DecodeResult, code: FolioErrorCode): string {
  if (result.ok) throw new Error(`Expected the file to be refused with ${code}, but it was accepted`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

describe('decodeFolio reads zips with hand-built, lying headers safely', () => {
  it('reads the good file rebuilt by hand, counting every byte it unpacks', async () => {
    const work = newWorkMeter();
    const result = await decodeFolio(buildZip({ entries: goodEntries }), { work });
    expect(result.ok).toBe(true);
    expect(work.inflatedBytes).toBe(goodEntries.reduce((n, e) => n + (e.size ?? 0), 0));
  });

  it('refuses many directory records pointing at one bomb stream, before unpacking any of it', async () => {
    const bomb = overlappingBomb(9_000, 1024 * 1024);
    const work = newWorkMeter();
    expect(refused(await decodeFolio(bomb, { work }), 'unsafe-zip')).toContain('has entries that share the same bytes');
    expect(work.inflatedBytes).toBe(0);
  });

  it('refuses an entry hidden inside another entry’s data (overlapping local headers)', async () => {
    const inner = honest('attachments/b', new Uint8Array(100_000), 8);
    const hidden = localRecord(inner);
    const outer = honest('attachments/a', hidden, 0);
    const zip = buildZip({ entries: [outer, { ...inner, localAt: 30 + 'attachments/a'.length }] });
    const work = newWorkMeter();
    expect(refused(await decodeFolio(zip, { work }), 'unsafe-zip')).toContain('share the same bytes (“attachments/a” and “attachments/b”)');
    expect(work.inflatedBytes).toBe(0);
  });

  it('stops an entry that unpacks to more than its header says, within one push of its declared size', async () => {
    const declared = 1000;
    const entries = [...goodEntries];
    entries[1] = { name: 'portfolio.json', data: zerosStream(40 * 1024 * 1024), method: 8, crc: 0, size: declared };
    const work = newWorkMeter();
    expect(refused(await decodeFolio(buildZip({ entries }), { work }), 'unsafe-zip')).toContain('says “portfolio.json” unpacks to 1000 bytes, but it unpacks to more');
    expect(work.inflatedBytes).toBeLessThanOrEqual(declared + ONE_PUSH + 1024);
  });

  it('refuses a portfolio.json over 50 MB made from a tiny stream: too large, having unpacked none of it', async () => {
    const size = MAX_DATA_BYTES + 10 * 1024 * 1024;
    const stream = zerosStream(size);
    expect(stream.length).toBeLessThan(100_000);
    const entries = [...goodEntries];
    entries[1] = { name: 'portfolio.json', data: stream, method: 8, crc: 0, size };
    const work = newWorkMeter();
    const message = refused(await decodeFolio(buildZip({ entries }), { work }), 'too-large');
    expect(message).toBe('This file was not opened: its portfolio.json unpacks to 60 MB and the limit is 50 MB.');
    expect(work.inflatedBytes).toBeLessThanOrEqual(MAX_DATA_BYTES + ONE_PUSH);
  });

  it('refuses a portfolio.json declared under 50 MB that unpacks past it, within one push of the declared size', async () => {
    const declared = MAX_DATA_BYTES - 1024;
    const entries = [...goodEntries];
    entries[1] = { name: 'portfolio.json', data: zerosStream(MAX_DATA_BYTES + 20 * 1024 * 1024), method: 8, crc: 0, size: declared };
    const work = newWorkMeter();
    refused(await decodeFolio(buildZip({ entries }), { work }), 'unsafe-zip');
    expect(work.inflatedBytes).toBeLessThanOrEqual(MAX_DATA_BYTES + ONE_PUSH);
  });

  it('refuses entries whose declared sizes add up to more than the budget', async () => {
    const work = newWorkMeter();
    const message = refused(await decodeFolio(buildZip({ entries: goodEntries }), { work, maxUnzippedBytes: 1000 }), 'too-large');
    expect(message).toContain('unpacks to more than the limit of 1000 bytes');
    expect(work.inflatedBytes).toBe(0);
  });

  it('refuses an attachment larger than the editor allows', async () => {
    const size = MAX_ATTACHMENT_BYTES + 1;
    const entries = [...goodEntries, { name: 'attachments/big', data: zerosStream(size), method: 8, crc: 0, size }];
    expect(refused(await decodeFolio(buildZip({ entries })), 'too-large')).toContain('its attachments/big unpacks to 10 MB and the limit is 10 MB');
    expect(MAX_ATTACHMENT_BYTES).toBe(LIMITS.attachmentBytesMax);
  });

  it('refuses two entries with the same name', async () => {
    const first = goodEntries[0];
    if (!first) throw new Error('no manifest');
    const message = refused(await decodeFolio(buildZip({ entries: [...goodEntries, first] })), 'unsafe-zip');
    expect(message).toContain('has two entries named “manifest.json”');
  });

  it.each([
    ['__proto__', 'uses the reserved word “__proto__”'],
    ['attachments/constructor', 'uses the reserved word “constructor”'],
    ['../x', 'contains “..”, which points outside its folder'],
    ['attachments/../../x', 'contains “..”'],
    ['/abs', 'is an absolute path'],
    ['a\\b', 'contains a backslash'],
    ['C:/x', 'starts with a drive letter'],
    ['a//b', 'has an empty folder name'],
    ['attachments/', 'has an empty folder name'],
    ['a\u0001b', 'contains a control character'],
    ['x'.repeat(201), 'is over 200 characters long'],
    ['photo (1).jpg', 'contains characters other than letters'],
  ])('refuses an entry named %j: %s', async (name, reason) => {
    const work = newWorkMeter();
    const message = refused(await decodeFolio(buildZip({ entries: [...goodEntries, honest(name, strToU8('hello'))] }), { work }), 'unsafe-zip');
    expect(message).toContain(reason);
    expect(work.inflatedBytes).toBe(0);
  });

  it('shows a hostile name escaped and cut short in its message', async () => {
    const name = `a\u0001${'b'.repeat(300)}`;
    const message = refused(await decodeFolio(buildZip({ entries: [...goodEntries, honest(name, strToU8('x'))] })), 'unsafe-zip');
    expect(message).toContain('“a\\x01bbb');
    expect(message).not.toContain('\u0001');
    expect(message).toContain('b…”');
    expect(message.length).toBeLessThan(300);
    expect(shortForMessage('\u202eevil')).toBe('\\u202eevil');
    expect(Array.from(shortForMessage('é'.repeat(200)))).toHaveLength(80);
  });

  it('refuses a manifest that lists an entry the zip does not hold, naming it', async () => {
    const [manifestEntry, ...rest] = goodEntries;
    if (!manifestEntry) throw new Error('no manifest');
    const manifest = JSON.parse(strFromU8(unzipSync(good)['manifest.json'] ?? new Uint8Array())) as { entries: Record<string, unknown> };
    manifest.entries['attachments/ghost'] = { sha256: await sha256Hex(strToU8('boo')), size: 3 };
    const zip = buildZip({ entries: [honest('manifest.json', strToU8(JSON.stringify(manifest))), ...rest] });
    const message = refused(await decodeFolio(zip), 'checksum-mismatch');
    expect(message).toContain('attachments/ghost: the manifest lists it but the zip does not hold it');
  });

  it('refuses an entry whose bytes do not match its CRC-32', async () => {
    const entries = goodEntries.map((e) => (e.name === 'portfolio.json' ? { ...e, crc: ((e.crc ?? 0) ^ 1) >>> 0 } : e));
    expect(refused(await decodeFolio(buildZip({ entries })), 'checksum-mismatch')).toContain('portfolio.json: its CRC-32 differs');
  });

  it('refuses encrypted entries, other compression methods, ZIP64, several disks and too many entries', async () => {
    const hello = honest('attachments/x', strToU8('hello'), 0);
    expect(refused(await decodeFolio(buildZip({ entries: [...goodEntries, { ...hello, flags: 1 }] })), 'unsafe-zip')).toContain('has an encrypted entry');
    expect(refused(await decodeFolio(buildZip({ entries: [...goodEntries, { ...hello, method: 12 }] })), 'unsafe-zip')).toContain('compression method 12');
    expect(refused(await decodeFolio(buildZip({ entries: [...goodEntries, { ...hello, size: 0xffffffff }] })), 'unsafe-zip')).toContain('ZIP64');
    expect(refused(await decodeFolio(buildZip({ entries: goodEntries, diskNumber: 1 })), 'unsafe-zip')).toContain('split across several disks');
    const many = Array.from({ length: 30 }, (_, i) => honest(`attachments/${i}`, strToU8('x'), 0));
    expect(refused(await decodeFolio(buildZip({ entries: [...goodEntries, ...many] }), { maxEntries: 20 }), 'too-large')).toContain('and the limit is 20');
  });

  it('refuses a directory record pointing where there is no entry', async () => {
    const entries = [...goodEntries, { ...honest('attachments/x', strToU8('x'), 0), localAt: 7 }];
    expect(refused(await decodeFolio(buildZip({ entries })), 'corrupt-zip')).toContain('is not where the list of contents says');
  });
});

describe('decodeFolio on damaged headers', () => {
  it('never throws, and refuses with a named code, whichever header bytes are changed', async () => {
    const codes = new Set<string>(['not-a-zip', 'corrupt-zip', 'unsafe-zip', 'too-large', 'checksum-mismatch', 'not-a-folio', 'unknown-version', 'invalid-data', 'missing-attachment']);
    // The directory and end record are the last bytes; the local headers are spread through the file.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), fc.boolean(), async (flips, nearEnd) => {
        const bytes = good.slice();
        const directory = Math.max(0, bytes.length - 600);
        for (const [at, x] of flips) {
          const i = nearEnd ? directory + (at % (bytes.length - directory)) : at % bytes.length;
          bytes[i] = (bytes[i] ?? 0) ^ x;
        }
        const result = await decodeFolio(bytes);
        if (!result.ok) expect(codes).toContain(result.error.code);
      }),
      { numRuns: 150 },
    );
  });
});

describe('unpackBudget', () => {
  it('is the free space the browser reports, never more than the ceiling, and the ceiling when unknown', () => {
    expect(unpackBudget({ quota: 1000, usage: 400 }, 10_000)).toBe(600);
    expect(unpackBudget({ quota: 100_000, usage: 0 }, 10_000)).toBe(10_000);
    expect(unpackBudget({ quota: 100, usage: 400 }, 10_000)).toBe(0);
    expect(unpackBudget(undefined, 10_000)).toBe(10_000);
    expect(unpackBudget({}, 10_000)).toBe(10_000);
  });
});
