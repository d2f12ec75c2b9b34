/**
 * `npm run bench`: PDF and .folio figures for generated portfolios of 50, 200 and 500 evidence items
 * (a photo on one item in four), against bare jsPDF writing the same text in the same run. It prints
 * figures and checks them against the targets of issue 3; it is not a test and never fails a build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { appVersion } from '../domain/app-version';
import { formatMegabytes, KB, MB } from '../domain/byte-sizes';
import { generatePortfolio } from '../samples/generate';
import { sha256Hex } from '../domain/hash';
import { encodeJpeg } from '../samples/jpeg';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../domain/snapshot';
import { decodeFolio, encodeFolio } from '../domain/portfolio-file';
import type { CaseResult } from './bench-case';
import { fastest, s } from './lib/bench-runner';
import { CliError, parseCli, run } from './lib/cli';
import { hostileCases } from './bench-hostile';
import { mergeCase } from './bench-merge';
import { coachCase } from './bench-coach';
import { signingCase } from './bench-signing';
import { cohortViewFigures } from './bench-cohort-view';
import { returnFileCase } from './bench-return';
import { describeFirstLoad, measureBuild } from './lib/first-load';
import { buildApp } from './lib/build-app';
import { cohortLoadCase } from './bench-cohort-load';
import type { Page } from 'playwright-core';
import { pngBomb } from './lib/pixel-bomb';

const USAGE = `Usage: npm run bench [-- options]

Options:
  --sizes <n,n,…>     evidence items per portfolio (default 50,200,500)
  --image-width <px>  width of each generated photo (default 640; height is 3/4 of it)
  --runs <n>          render each case n times and keep the fastest (default 3)
  --photos <n>        phone photos (4032×3024 JPEG) in the print-copy case (default 6; 0 skips it)
  --no-hostile        skip the hostile files (issue 6)
  --no-first-load     skip building the app to measure its first-load JavaScript (issue 7)
  --no-signing        skip signing and checking 1,000 decisions (issue 8)
  --no-coach          skip the evidence coach and the privacy review over 1,000 items (issue 10)
  --no-browser        skip the tutor's cases in headless Chromium: loading a cohort, the cohort view (issue 9)
  -h, --help          show this help`;

const NOW = '2026-11-22T09:00:00.000Z';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

interface Row {
  items: number;
  images: number;
  folioMb: number;
  encodeMs: number;
  decodeMs: number;
  pdf: CaseResult;
  baseline: CaseResult;
}

function table(rows: readonly Row[]): string {
  const header = ['items', 'images', 'PDF time', 'CPU', 'pages', 'PDF size', 'peak RSS', 'peak heap', 'bare jsPDF', 'ratio', '.folio size', 'export', 'import'];
  const body = rows.map((r) => [
    String(r.items),
    String(r.images),
    s(r.pdf.ms),
    s(r.pdf.cpuMs),
    String(r.pdf.pages),
    formatMegabytes(r.pdf.bytes),
    `${r.pdf.peakRssMb} MB`,
    `${r.pdf.peakHeapMb} MB`,
    `${s(r.baseline.ms)} (${r.baseline.pages} p.)`,
    `${(r.pdf.ms / r.baseline.ms).toFixed(1)}× (CPU ${(r.pdf.cpuMs / r.baseline.cpuMs).toFixed(1)}×)`,
    `${r.folioMb.toFixed(1)} MB`,
    s(r.encodeMs),
    s(r.decodeMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A phone-like photo: smooth light with grain, so it compresses like a real one, not like flat colour. */
function phonePhoto(width: number, height: number, seed: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  let noise = seed >>> 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      noise = (Math.imul(noise, 1664525) + 1013904223) >>> 0;
      const grain = (noise >>> 27) - 16;
      const i = (y * width + x) * 3;
      rgb[i] = Math.max(0, Math.min(255, 60 + (x * 150) / width + grain));
      rgb[i + 1] = Math.max(0, Math.min(255, 90 + (y * 120) / height + grain));
      rgb[i + 2] = Math.max(0, Math.min(255, 200 - ((x + y) * 120) / (width + height) + grain));
    }
  }
  return rgb;
}

async function withAttachments(snapshot: PortfolioSnapshot, files: { name: string; type: string; bytes: Uint8Array }[]): Promise<PortfolioSnapshot> {
  const attachments: AttachmentWithBytes[] = [];
  for (const [i, f] of files.entries()) {
    const item = snapshot.evidence[i % snapshot.evidence.length];
    if (!item) throw new Error('no evidence to attach to');
    attachments.push({ id: `bench-photo-${i}`, portfolioId: snapshot.portfolio.id, evidenceId: item.id, name: f.name, type: f.type, size: f.bytes.length, sha256: await sha256Hex(f.bytes), createdAt: NOW, bytes: f.bytes });
  }
  return { ...snapshot, attachments };
}

async function writeFolio(dir: string, name: string, snapshot: PortfolioSnapshot): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await encodeFolio(snapshot, { appVersion: appVersion, now: NOW }));
  return file;
}

/**
 * Issue 7: builds the app into a scratch folder and measures the JavaScript the first screen waits
 * for (the entry and its static imports, gzip level 9) beside its budget of 150 KB.
 */
async function firstLoadCase(outDir: string): Promise<string> {
  await buildApp(outDir);
  return `First load (issue 7): JavaScript before the first screen, the page's entry and its static imports\n${describeFirstLoad(measureBuild(outDir))}\n`;
}

/**
 * Issue 6: phone photos printed as stored vs from 2,000 px print copies (and again with the copies
 * cached), and a 20,000 × 20,000 PNG bomb against the same portfolio without it.
 */
async function photoCases(dir: string, runs: number, photos: number): Promise<string> {
  process.stdout.write(`  ${photos} phone photos: generating…`);
  const base = await generatePortfolio({ items: photos, imageEvery: 0, seed: 6, now: NOW });
  const files = Array.from({ length: photos }, (_, i) => ({
    name: `photo-${i + 1}.jpg`,
    type: 'image/jpeg',
    // Every other photo was taken with the phone held sideways.
    bytes: encodeJpeg(4032, 3024, phonePhoto(4032, 3024, i + 1), { quality: 85, orientation: i % 2 === 0 ? 1 : 6 }),
  }));
  const photoFile = await writeFolio(dir, 'photos.folio', await withAttachments(base, files));
  process.stdout.write(' as stored…');
  const plain = await fastest(runs, 'pdf', photoFile);
  process.stdout.write(' scaled…');
  const scaled = await fastest(runs, 'pdf-scaled', photoFile);

  process.stdout.write(' pixel bomb…');
  const bomb = pngBomb(20_000, 20_000);
  const noBombFile = await writeFolio(dir, 'no-bomb.folio', await withAttachments(base, []));
  const bombFile = await writeFolio(dir, 'bomb.folio', await withAttachments(base, [{ name: 'bomb.png', type: 'image/png', bytes: bomb }]));
  const without = await fastest(runs, 'pdf-scaled', noBombFile);
  const withBomb = await fastest(runs, 'pdf-scaled', bombFile);
  process.stdout.write(' done\n');

  const mp = (px: number) => `${(px / 1e6).toFixed(1)} MP`;
  const photoMb = files.reduce((n, f) => n + f.bytes.length, 0);
  return [
    `Print copies (issue 6): ${photos} photos of 4032×3024 (${formatMegabytes(photoMb)} of JPEG, half turned by EXIF)`,
    `  as stored:            PDF ${s(plain.ms)}, ${formatMegabytes(plain.bytes)}, peak RSS ${plain.peakRssMb} MB, ${mp(plain.decodedPixels)} decoded`,
    `  2,000 px copies:      PDF ${s(scaled.ms)}, ${formatMegabytes(scaled.bytes)}, peak RSS ${scaled.peakRssMb} MB, ${mp(scaled.decodedPixels)} decoded, ${scaled.scaleCalls ?? 0} scaled`,
    `  again, copies cached: PDF ${s(scaled.warmMs ?? NaN)} (${((scaled.warmMs ?? NaN) / plain.ms).toFixed(2)}× as stored)`,
    `  PDF size with copies: ${((scaled.bytes / plain.bytes) * 100).toFixed(0)}% of as stored`,
    `Pixel bomb: a ${Math.round(bomb.length / KB)} KB PNG declaring 20,000×20,000 pixels, on a ${photos}-item portfolio`,
    `  without it:           PDF ${s(without.ms)}, peak RSS ${without.peakRssMb} MB`,
    `  with it:              PDF ${s(withBomb.ms)}, peak RSS ${withBomb.peakRssMb} MB, ${withBomb.decodedPixels} pixels decoded (listed as a file)`,
    `${withBomb.decodedPixels === 0 && withBomb.peakRssMb < without.peakRssMb + 50 ? 'PASS' : 'FAIL'}  the bomb costs nothing: no pixels decoded, peak memory within 50 MB of the same portfolio without it`,
    '',
  ].join('\n');
}

await run(async () => {
  const { values } = parseCli(
    {
      options: {
        sizes: { type: 'string', default: '50,200,500' },
        'image-width': { type: 'string', default: '640' },
        runs: { type: 'string', default: '3' },
        photos: { type: 'string', default: '6' },
        'no-hostile': { type: 'boolean' },
        'no-first-load': { type: 'boolean' },
        'no-signing': { type: 'boolean' },
        'no-coach': { type: 'boolean' },
        'no-browser': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const sizes = values.sizes.split(',').map(Number);
  const imageWidth = Number(values['image-width']);
  const runs = Number(values.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new CliError(`--sizes takes whole numbers, e.g. 50,200,500 (got ${values.sizes}).`);
  if (!Number.isInteger(imageWidth) || imageWidth < 8) throw new CliError('--image-width takes a whole number of pixels, at least 8.');
  if (!Number.isInteger(runs) || runs < 1) throw new CliError('--runs takes a whole number, at least 1.');
  const photos = Number(values.photos);
  if (!Number.isInteger(photos) || photos < 0) throw new CliError('--photos takes a whole number, 0 or more.');

  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-'));
  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  process.stdout.write(`Folio benchmark · Node ${process.version} · ${cpus().length} cores (load ${load()}) · photos ${imageWidth}×${Math.round((imageWidth * 3) / 4)} px, PNG and JPEG in turn · fastest of ${runs} run(s)\n\n`);
  const rows: Row[] = [];
  let printCopyReport = '';
  let hostileReport = '';
  let returnReport = '';
  let firstLoadReport = '';
  let mergeReport = '';
  let signingReport = '';
  let coachReport = '';
  let cohortReport = '';
  const appBuild = join(dir, 'app-build');
  let built = false;
  try {
    if (!values['no-first-load']) {
      process.stdout.write('  first load: building the app…');
      firstLoadReport = await firstLoadCase(appBuild);
      built = true;
      process.stdout.write(' done\n');
    }
    for (const items of sizes) {
      process.stdout.write(`  ${items} items: generating…`);
      const snapshot = await generatePortfolio({ items, imageEvery: 4, seed: items, now: NOW, imageWidth });
      const [folio, encodeMs] = await timed(() => encodeFolio(snapshot, { appVersion: appVersion, now: NOW }));
      const [decoded, decodeMs] = await timed(() => decodeFolio(folio));
      if (!decoded.ok) throw new Error(`The generated portfolio does not decode: ${decoded.error.message}`);
      const file = join(dir, `bench-${items}.folio`);
      writeFileSync(file, folio);
      process.stdout.write(' PDF…');
      const pdf = await fastest(runs, 'pdf', file);
      process.stdout.write(' baseline…');
      const baseline = await fastest(runs, 'baseline', file);
      process.stdout.write(' done\n');
      rows.push({ items, images: snapshot.attachments.length, folioMb: folio.length / MB, encodeMs, decodeMs, pdf, baseline });
    }
    if (photos > 0) printCopyReport = await photoCases(dir, runs, photos);
    process.stdout.write('  return file…');
    returnReport = await returnFileCase(runs);
    process.stdout.write(' done\n');
    if (!values['no-hostile']) hostileReport = await hostileCases(dir, runs);
    mergeReport = await mergeCase(runs);
    if (!values['no-signing']) signingReport = await signingCase(runs);
    if (!values['no-coach']) {
      process.stdout.write('  coach and privacy review…');
      coachReport = await coachCase(runs);
      process.stdout.write(' done\n');
    }
    // The first-load case's build serves the browser cases too, when there is one.
    if (!values['no-browser']) {
      // The cohort view is timed on the device the 200-learner load has just filled.
      const afterLoad = async (page: Page, learners: number, items: number) => (learners === 200 ? cohortViewFigures(page, runs, learners, items) : undefined);
      cohortReport = await cohortLoadCase({ outDir: built ? appBuild : undefined, afterLoad });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  process.stdout.write(`\n${table(rows)}\n\n`);
  process.stdout.write('PDF time: renderPdf in a fresh process, fonts read but not yet registered; CPU: the CPU time it used.\n');
  process.stdout.write('Peak RSS: the process’s highest resident memory; peak heap: V8 heap in use, sampled after each item.\n');
  process.stdout.write('Bare jsPDF: the same fonts and evidence text, wrapped, no layout. Ratio: PDF time ÷ bare jsPDF time.\n');
  process.stdout.write('Export/import: encodeFolio / decodeFolio (all checks) in memory, without the database.\n\n');

  const at = (n: number) => rows.find((r) => r.items === n);
  const [r200, r500] = [at(200), at(500)];
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  if (r200) {
    const s = r200.pdf.ms / 1000;
    process.stdout.write(`${verdict(s < 5)}  200 items with ${r200.images} images: PDF in ${s.toFixed(2)} s (target: under 5 s)\n`);
  }
  if (r200 && r500) {
    const ratio = r500.pdf.ms / r200.pdf.ms;
    process.stdout.write(`${verdict(ratio <= 2.5)}  500 items take ${ratio.toFixed(2)}× the time of 200 (target: at most 2.5×, i.e. linear)\n`);
  }
  if (!r200) process.stdout.write('(No 200-item case in --sizes: the targets were not checked.)\n');
  if (r200 && r500) {
    process.stdout.write(`      (by CPU time: 200 items ${(r200.pdf.cpuMs / 1000).toFixed(2)} s, 500 items ${(r500.pdf.cpuMs / r200.pdf.cpuMs).toFixed(2)}× that)\n`);
  }
  if (printCopyReport) process.stdout.write(`\n${printCopyReport}`);
  process.stdout.write(`\n${returnReport}`);
  if (hostileReport) process.stdout.write(`\n${hostileReport}`);
  process.stdout.write(`\n${mergeReport}`);
  if (signingReport) process.stdout.write(`\n${signingReport}`);
  if (coachReport) process.stdout.write(`\n${coachReport}`);
  if (cohortReport) process.stdout.write(`\n${cohortReport}`);
  if (firstLoadReport) process.stdout.write(`\n${firstLoadReport}`);
  const busy = (loadavg()[0] ?? 0) > cpus().length;
  if (busy) process.stdout.write(`\nNote: the machine was busy (load ${load()} on ${cpus().length} cores), so wall times are noisy; the CPU figures are steadier.\n`);
});
