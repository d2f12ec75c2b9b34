/**
 * Issue 9 in the bench: a tutor loads a cohort's .folio files through the Load learners' files page,
 * in headless Chromium against the production build: 30 learners × 100 items and 200 learners × 50.
 * Time from pressing Load to the summary, the page's peak JS heap (the checkers run in workers, whose
 * heaps are their own), and a floor measured in the same page: reading the same files and storing
 * their bytes in IndexedDB unchecked, one transaction a file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appVersion } from '../domain/app-version';
import { formatMegabytes } from '../domain/byte-sizes';
import { encodeFolio } from '../domain/portfolio-file';
import { generateCohort } from '../samples/cohort';
import { s } from './lib/bench-runner';
import { withBenchBrowser } from './lib/browser-bench';

const NOW = '2026-11-22T09:00:00.000Z';
const CASES = [
  { learners: 30, items: 100 },
  { learners: 200, items: 50 },
] as const;
const TARGET_MS = 5000;

interface Measured {
  learners: number;
  items: number;
  bytes: number;
  loadMs: number;
  summary: string;
  peakHeapMb: number;
  /** Time the page's main thread spent running tasks during the load: steadier than wall time on a busy machine. */
  mainThreadMs: number;
  floorMs: number;
}

async function writeCohort(dir: string, learners: number, items: number): Promise<{ paths: string[]; bytes: number }> {
  const cohort = await generateCohort({ learners, items, seed: learners, now: NOW });
  const paths: string[] = [];
  let bytes = 0;
  for (const [i, snapshot] of cohort.entries()) {
    const file = await encodeFolio(snapshot, { appVersion, now: NOW });
    const path = join(dir, `${learners}-${i + 1}.folio`);
    await writeFile(path, file);
    paths.push(path);
    bytes += file.length;
  }
  return { paths, bytes };
}

/** The floor: the same files read and their bytes stored in a scratch IndexedDB, nothing checked. */
async function floor(page: Page, paths: readonly string[]): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.hidden = true;
    input.id = 'bench-floor-files';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-floor-files', [...paths]);
  return page.evaluate(async () => {
    const input = document.getElementById('bench-floor-files');
    const files = input instanceof HTMLInputElement ? Array.from(input.files ?? []) : [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-floor', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('files');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const start = performance.now();
    for (const file of files) {
      const bytes = await file.arrayBuffer();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('files', 'readwrite');
        tx.objectStore('files').put(bytes, file.name);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const ms = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase('bench-floor');
    input?.remove();
    return ms;
  });
}

async function loadThroughThePage(page: Page, paths: readonly string[]): Promise<{ loadMs: number; summary: string; peakHeapMb: number; mainThreadMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose .folio files' }).click()]);
  await chooser.setFiles([...paths]);
  const load = page.getByRole('button', { name: `Load ${paths.length} files` });
  await load.waitFor();
  const sampler = sample();
  const tasksBefore = await taskSeconds();
  const start = performance.now();
  await load.click();
  const summary = page.getByRole('status').filter({ hasText: /^(\d+ files|Stopped after)/ });
  await summary.waitFor({ timeout: 600_000 });
  const loadMs = performance.now() - start;
  sampling = false;
  await sampler;
  const mainThreadMs = ((await taskSeconds()) - tasksBefore) * 1000;
  return { loadMs, summary: (await summary.textContent()) ?? '', peakHeapMb: Math.round(peak / 2 ** 20), mainThreadMs };
}

/** Runs both cases; `outDir` is a build already made (else the app is built first). */
/** Something to measure on a device just filled with a case's learners (the cohort view); returns its report. */
export type AfterLoad = (page: Page, learners: number, items: number) => Promise<string | undefined>;

export async function cohortLoadCase(options: { outDir?: string; cases?: readonly { learners: number; items: number }[]; afterLoad?: AfterLoad } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-bench-cohort-'));
  try {
    const files: { learners: number; items: number; paths: string[]; bytes: number }[] = [];
    const afterReports: string[] = [];
    for (const c of options.cases ?? CASES) {
      process.stdout.write(`  cohort load: generating ${c.learners} learners × ${c.items} items…`);
      files.push({ ...c, ...(await writeCohort(dir, c.learners, c.items)) });
      process.stdout.write(' done\n');
    }
    const measured = await withBenchBrowser(async ({ newPage }) => {
      const out: Measured[] = [];
      for (const c of files) {
        process.stdout.write(`  cohort load: ${c.learners} learners in Chromium…`);
        // A fresh profile per case: an empty device, as a tutor starting a year has.
        const page = await newPage();
        await page.goto('/cohort/load');
        await page.getByRole('heading', { name: 'Load learners’ files', level: 1 }).waitFor();
        const floorMs = await floor(page, c.paths);
        const loaded = await loadThroughThePage(page, c.paths);
        process.stdout.write(' done\n');
        const after = await options.afterLoad?.(page, c.learners, c.items);
        if (after) afterReports.push(after);
        await page.context().close();
        out.push({ learners: c.learners, items: c.items, bytes: c.bytes, floorMs, ...loaded });
      }
      return out;
    }, { outDir: options.outDir });
    const lines = measured.map(
      (m) =>
        `  ${String(m.learners).padStart(3)} learners × ${m.items} items (${formatMegabytes(m.bytes)} of files): loaded in ${s(m.loadMs)} (page's main thread busy ${s(m.mainThreadMs)}), page JS heap peak ${m.peakHeapMb} MB; floor (read and store the bytes, unchecked) ${s(m.floorMs)}: ${(m.loadMs / m.floorMs).toFixed(1)}×\n      ${m.summary}`,
    );
    const first = measured.find((m) => m.learners === 30);
    const verdict = first
      ? `${first.loadMs < TARGET_MS && first.summary === '30 files: 30 loaded.' ? 'PASS' : 'FAIL'}  30 learners × 100 items loaded in ${s(first.loadMs)} (target: under 5 s)`
      : '';
    const busy = (loadavg()[0] ?? 0) > cpus().length ? `      (the machine was busy, load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores: wall times are noisy)` : '';
    const report = [`Loading a cohort (issue 9): the Load learners' files page in headless Chromium, production build, files checked two at a time`, ...lines, verdict, busy, '']
      .filter((l, i, all) => l !== '' || i === all.length - 1)
      .join('\n');
    return [report, ...afterReports].join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
