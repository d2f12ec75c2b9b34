/**
 * One benchmark case, run by src/cli/bench.ts in a process of its own so that its memory figures are
 * its own: `tsx src/cli/bench-case.ts <pdf|pdf-scaled|baseline> <file.folio>` prints one line of JSON.
 * `pdf` embeds photos as stored; `pdf-scaled` prints them from 2,000 px copies made with sharp, then
 * renders again with those copies cached (the second export of the same portfolio). `open` does what
 * `npm run pdf` does with any file, hostile or not: every check, then the PDF if the file opens.
 */
import { readFileSync } from 'node:fs';
import { decodeFolio } from '../domain/portfolio-file';
import { newWorkMeter } from '../domain/work-meter';
import { MemoryPrintCopyCache, renderPortfolioPdf, type ImageScaler, type PdfOptions } from '../pdf';
import { loadFontNode } from '../pdf/render/font-node';
import { renderBaseline } from './lib/baseline';
import { scaleImageNode } from './lib/scale-image-node';
import { KB, MB } from '../domain/byte-sizes';

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
  /** Pixels decoded (by the scaler, or by jsPDF for a PNG) in the first render. */
  decodedPixels: number;
  /** open only: bytes inflated, and what became of the file (opened, or the refusal's code). */
  inflatedBytes?: number;
  outcome?: string;
  /** pdf-scaled only: times the scaler ran, and the time of a second render with the copies cached. */
  scaleCalls?: number;
  warmMs?: number;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'pdf' && mode !== 'pdf-scaled' && mode !== 'baseline' && mode !== 'open') || !file) {
  process.stderr.write('Usage: tsx src/cli/bench-case.ts <pdf|pdf-scaled|baseline|open> <file.folio>\n');
  process.exit(1);
}
// Declared before any mode runs: the 'open' mode's function uses them too.
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
const pdfOptions: PdfOptions = { now: '2026-11-22T09:00:00.000Z', includeAttachments: true };
if (mode === 'open') {
  process.stdout.write(`${JSON.stringify(await openAsTheCliDoes(file))}\n`);
  process.exit(0);
}
const decoded = await decodeFolio(new Uint8Array(readFileSync(file)));
if (!decoded.ok) throw new Error(decoded.error.message);
const fonts = await loadFontNode();
let peakHeap = process.memoryUsage().heapUsed;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

const cpuStart = process.cpuUsage();
const start = performance.now();
let pages: number;
let bytes: number;
const meter = newWorkMeter();
let scaleCalls = 0;
const countingScaler: ImageScaler = (b, info, target) => {
  scaleCalls += 1;
  return scaleImageNode(b, info, target);
};
const cache = new MemoryPrintCopyCache();
if (mode === 'pdf' || mode === 'pdf-scaled') {
  const scaling = mode === 'pdf-scaled' ? { scaleImage: countingScaler, printCopies: cache } : {};
  const pdf = await renderPortfolioPdf(decoded.snapshot, pdfOptions, { font: fonts, onProgress: sample, work: meter, ...scaling });
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
const result: CaseResult = {
  ms,
  cpuMs: (cpu.user + cpu.system) / 1000,
  pages,
  bytes,
  peakRssMb: mb(process.resourceUsage().maxRSS * KB),
  peakHeapMb: mb(peakHeap),
  decodedPixels: meter.decodedPixels,
};
if (mode === 'pdf-scaled') {
  result.scaleCalls = scaleCalls;
  const warmStart = performance.now();
  await renderPortfolioPdf(decoded.snapshot, pdfOptions, { font: fonts, scaleImage: countingScaler, printCopies: cache });
  result.warmMs = performance.now() - warmStart;
}
process.stdout.write(`${JSON.stringify(result)}\n`);

async function openAsTheCliDoes(path: string): Promise<CaseResult> {
  const work = newWorkMeter();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const opened = await decodeFolio(new Uint8Array(readFileSync(path)), { work });
  let outcome = opened.ok ? 'opened' : opened.error.code;
  let pdfBytes = 0;
  if (opened.ok && opened.refusedAttachments.length > 0) outcome = `${opened.refusedAttachments.length} attachment(s) refused: ${opened.refusedAttachments[0]?.code ?? ''}`;
  else if (opened.ok) {
    const font = await loadFontNode();
    const pdf = await renderPortfolioPdf(opened.snapshot, pdfOptions, { font, work, scaleImage: scaleImageNode, printCopies: new MemoryPrintCopyCache() });
    pdfBytes = pdf.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    ms: performance.now() - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pages: 0,
    bytes: pdfBytes,
    peakRssMb: mb(process.resourceUsage().maxRSS * KB),
    peakHeapMb: mb(process.memoryUsage().heapUsed),
    decodedPixels: work.decodedPixels,
    inflatedBytes: work.inflatedBytes,
    outcome,
  };
}
