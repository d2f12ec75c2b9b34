/**
 * One benchmark case, run by src/cli/bench.ts in a process of its own so that its memory figures are
 * its own: `tsx src/cli/bench-case.ts <pdf|baseline> <file.folio>` prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { decodeFolio } from '../domain/portfolio-file';
import { renderPdf } from '../pdf';
import { loadFontNode } from '../pdf/font-node';
import { renderBaseline } from './lib/baseline';

export interface CaseResult {
  /** Wall-clock time of the render. */
  ms: number;
  /** CPU time the process spent on it (all threads): steadier than wall time on a busy machine. */
  cpuMs: number;
  pages: number;
  bytes: number;
  /** Highest resident set size of this process, in MB (the OS's own maximum, so nothing is missed). */
  peakRssMb: number;
  /** Highest V8 heap in use seen while rendering, in MB (sampled after each evidence item). */
  peakHeapMb: number;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'pdf' && mode !== 'baseline') || !file) {
  process.stderr.write('Usage: tsx src/cli/bench-case.ts <pdf|baseline> <file.folio>\n');
  process.exit(1);
}
const decoded = await decodeFolio(new Uint8Array(readFileSync(file)));
if (!decoded.ok) throw new Error(decoded.error.message);
const fonts = await loadFontNode();
const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
let peakHeap = process.memoryUsage().heapUsed;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

const cpuStart = process.cpuUsage();
const start = performance.now();
let pages: number;
let bytes: number;
if (mode === 'pdf') {
  const pdf = await renderPdf(decoded.snapshot, { now: '2026-11-22T09:00:00.000Z', includeAttachments: true }, { font: fonts, onProgress: sample });
  bytes = pdf.length;
  pages = (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
} else {
  const baseline = renderBaseline(decoded.snapshot, fonts);
  bytes = baseline.bytes.length;
  pages = baseline.pages;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
sample();
const result: CaseResult = { ms, cpuMs: (cpu.user + cpu.system) / 1000, pages, bytes, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), peakHeapMb: mb(peakHeap) };
process.stdout.write(`${JSON.stringify(result)}\n`);
