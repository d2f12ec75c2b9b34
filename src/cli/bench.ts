/**
 * `npm run bench`: PDF and .folio figures for generated portfolios of 50, 200 and 500 evidence items
 * (a photo on one item in four), against bare jsPDF writing the same text in the same run. It prints
 * figures and checks them against the targets of issue 3; it is not a test and never fails a build.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePortfolio } from '../domain/generate';
import { decodeFolio, encodeFolio } from '../domain/portfolio-file';
import type { CaseResult } from './bench-case';
import { appVersion, CliError, parseCli, run } from './lib/cli';

const USAGE = `Usage: npm run bench [-- options]

Options:
  --sizes <n,n,…>     evidence items per portfolio (default 50,200,500)
  --image-width <px>  width of each generated photo (default 640; height is 3/4 of it)
  --runs <n>          render each case n times and keep the fastest (default 3)
  -h, --help          show this help`;

const NOW = '2026-11-22T09:00:00.000Z';

function runCase(mode: 'pdf' | 'baseline', file: string): Promise<CaseResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/bench-case.ts', mode, file], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`The ${mode} case failed: ${stderr || error.message}`));
      else done(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as CaseResult);
    });
  });
}

async function fastest(runs: number, mode: 'pdf' | 'baseline', file: string): Promise<CaseResult> {
  let best: CaseResult | undefined;
  for (let i = 0; i < runs; i += 1) {
    const r = await runCase(mode, file);
    if (!best || r.ms < best.ms) best = r;
  }
  if (!best) throw new Error('no runs');
  return best;
}

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
  const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const body = rows.map((r) => [
    String(r.items),
    String(r.images),
    s(r.pdf.ms),
    s(r.pdf.cpuMs),
    String(r.pdf.pages),
    `${(r.pdf.bytes / 1048576).toFixed(1)} MB`,
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

await run(async () => {
  const { values } = parseCli(
    {
      options: {
        sizes: { type: 'string', default: '50,200,500' },
        'image-width': { type: 'string', default: '640' },
        runs: { type: 'string', default: '3' },
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

  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-'));
  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  process.stdout.write(`Folio benchmark · Node ${process.version} · ${cpus().length} cores (load ${load()}) · photos ${imageWidth}×${Math.round((imageWidth * 3) / 4)} px, PNG and JPEG in turn · fastest of ${runs} run(s)\n\n`);
  const rows: Row[] = [];
  try {
    for (const items of sizes) {
      process.stdout.write(`  ${items} items: generating…`);
      const snapshot = await generatePortfolio({ items, imageEvery: 4, seed: items, now: NOW, imageWidth });
      const [folio, encodeMs] = await timed(() => encodeFolio(snapshot, { appVersion: appVersion(), now: NOW }));
      const [decoded, decodeMs] = await timed(() => decodeFolio(folio));
      if (!decoded.ok) throw new Error(`The generated portfolio does not decode: ${decoded.error.message}`);
      const file = join(dir, `bench-${items}.folio`);
      writeFileSync(file, folio);
      process.stdout.write(' PDF…');
      const pdf = await fastest(runs, 'pdf', file);
      process.stdout.write(' baseline…');
      const baseline = await fastest(runs, 'baseline', file);
      process.stdout.write(' done\n');
      rows.push({ items, images: snapshot.attachments.length, folioMb: folio.length / 1048576, encodeMs, decodeMs, pdf, baseline });
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
  const busy = (loadavg()[0] ?? 0) > cpus().length;
  if (busy) process.stdout.write(`\nNote: the machine was busy (load ${load()} on ${cpus().length} cores), so wall times are noisy; the CPU figures are steadier.\n`);
});
