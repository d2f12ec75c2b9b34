/**
 * Issue 6 in the bench: the worst hostile files we know of, each opened as `npm run pdf` opens it
 * (every check, then the PDF when the file opens), in a process of its own so its time and peak
 * memory are its own, against the honest file of the same portfolio measured the same way.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { generatePortfolio } from '../samples/generate';
import { sha256Hex } from '../domain/hash';
import { encodeFolio } from '../domain/portfolio-file';
import type { PortfolioSnapshot } from '../domain/snapshot';
import type { CaseResult } from './bench-case';
import { fastest, s } from './lib/bench-runner';
import { buildZip, honest, overlappingBomb, zerosStream, type RawEntry } from './lib/hostile-zip';
import { pngBomb } from './lib/pixel-bomb';
import { formatMegabytes, MB } from '../domain/byte-sizes';

const NOW = '2026-11-22T09:00:00.000Z';

export interface HostileCase {
  label: string;
  file: string;
}

/** The honest entries of a file, so that one case can add or swap a hostile one. */
function entriesOf(folio: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(folio)).map(([name, bytes]) => honest(name, bytes, name.startsWith('attachments/') ? 0 : 8));
}

async function withPhotoSwapped(snapshot: PortfolioSnapshot, bytes: Uint8Array, type: string): Promise<Uint8Array> {
  const [first, ...rest] = snapshot.attachments;
  if (!first) throw new Error('The bench portfolio needs a photo.');
  const swapped = { ...first, type, bytes, size: bytes.length, sha256: await sha256Hex(bytes) };
  return encodeFolio({ ...snapshot, attachments: [swapped, ...rest] }, { appVersion: 'bench', now: NOW });
}

/** Writes the honest file and the hostile ones into `dir`; the honest one comes first. */
export async function writeHostileCases(dir: string): Promise<HostileCase[]> {
  const snapshot = await generatePortfolio({ items: 20, imageEvery: 4, seed: 6, now: NOW, imageWidth: 320 });
  const good = await encodeFolio(snapshot, { appVersion: 'bench', now: NOW });
  const honestEntries = entriesOf(good);
  const bomb = zerosStream(64 * MB);
  const withData = (data: RawEntry) => buildZip({ entries: [...honestEntries.filter((e) => e.name !== 'portfolio.json'), data] });
  const [firstItem, ...otherItems] = snapshot.evidence;
  if (!firstItem) throw new Error('The bench portfolio needs evidence.');
  const badDate = await encodeFolio({ ...snapshot, evidence: [{ ...firstItem, date: '2026-02-30' }, ...otherItems] }, { appVersion: 'bench', now: NOW });

  const cases: [string, Uint8Array][] = [
    ['the honest file (20 items, 5 photos)', good],
    ['the review’s file: 24,000 records over one 1 MB stream', overlappingBomb(24_000, MB)],
    ['9,000 records sharing one 64 MB stream', overlappingBomb(9_000, 64 * MB)],
    ['portfolio.json declaring 1 KB, inflating to 64 MB', withData({ name: 'portfolio.json', data: bomb, method: 8, crc: 0, size: 1024 })],
    ['portfolio.json honestly 64 MB of zeros (over the 50 MB limit)', withData({ name: 'portfolio.json', data: bomb, method: 8, crc: 0, size: 64 * MB })],
    ['a photo that is a web page labelled image/png', await withPhotoSwapped(snapshot, strToU8('<!doctype html><script>alert(1)</script>'), 'image/png')],
    ['a 20,000 × 20,000 PNG pixel bomb among the photos', await withPhotoSwapped(snapshot, pngBomb(20_000, 20_000), 'image/png')],
    ['an impossible date (30 February)', badDate],
  ];
  return cases.map(([label, bytes], i) => {
    const file = join(dir, `hostile-${i}.folio`);
    writeFileSync(file, bytes);
    return { label, file };
  });
}

/**
 * Issue 6: each hostile file opened as `npm run pdf` opens it, beside the honest file of the same
 * portfolio; the worst by time is named, with its time and peak memory against the honest one's.
 */
export async function hostileCases(dir: string, runs: number): Promise<string> {
  process.stdout.write('  hostile files:');
  const [honest, ...hostile] = await writeHostileCases(dir);
  if (!honest) throw new Error('no honest file');
  const measured: { label: string; result: CaseResult }[] = [];
  for (const c of [honest, ...hostile]) {
    process.stdout.write('.');
    measured.push({ label: c.label, result: await fastest(runs, 'open', c.file) });
  }
  process.stdout.write(' done\n');
  const [base, ...rest] = measured;
  if (!base) throw new Error('no honest result');
  const line = ({ label, result: r }: (typeof measured)[number]) =>
    `  ${label.padEnd(62)} ${s(r.ms).padStart(8)}  peak RSS ${String(r.peakRssMb).padStart(6)} MB  inflated ${formatMegabytes(r.inflatedBytes ?? 0).padStart(8)}  pixels ${String(r.decodedPixels).padStart(9)}  → ${r.outcome ?? '?'}`;
  const worst = rest.reduce((a, b) => (b.result.ms > a.result.ms ? b : a), rest[0] ?? base);
  const heaviest = rest.reduce((a, b) => (b.result.peakRssMb > a.result.peakRssMb ? b : a), rest[0] ?? base);
  return [
    'Hostile files (issue 6), each opened as npm run pdf opens it: every check, then the PDF if it opens',
    ...measured.map(line),
    `Worst by time:   ${worst.label}: ${s(worst.result.ms)} (${(worst.result.ms / base.result.ms).toFixed(2)}× the honest file's ${s(base.result.ms)})`,
    `Worst by memory: ${heaviest.label}: peak RSS ${heaviest.result.peakRssMb} MB (the honest file: ${base.result.peakRssMb} MB)`,
    `${rest.every((r) => (r.result.inflatedBytes ?? 0) <= 10 * MB) ? 'PASS' : 'FAIL'}  no hostile file made the reader inflate more than 10 MB`,
    '',
  ].join('\n');
}
