/**
 * `npm run bench`'s cohort-view case (issue 9): the tutor's grid for 200 learners, in headless Chromium
 * against the production build. The learners are loaded through the app's own Import page, one file at a
 * time, as a tutor could; then the cohort page is opened `runs` times and timed from its data being read
 * to its rows drawn (the marks the view sets), and from navigation to the grid on screen. The baseline,
 * in the same run and browser: one learner's coverage matrix, from navigation to its grid on screen.
 *
 * Run alone: `npx tsx src/cli/bench-cohort-view.ts [learners] [items]`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { COHORT_DATA_MARK, COHORT_RENDERED_MARK } from '../domain/cohort/render-marks';
import { encodeFolio } from '../domain/portfolio-file';
import { generatePortfolio } from '../samples/generate';
import { s } from './lib/bench-runner';
import { withBenchBrowser } from './lib/browser-bench';

const NOW = '2026-11-22T09:00:00.000Z';
const TARGET_MS = 200;
const ASSESSORS = ['Morgan Ellis', 'Sam Okafor', 'Priya Shah', 'Owen Hughes', 'Grace Mensah', 'Tomás Ruiz', 'Hannah Kowal', 'Dev Patel', 'Aoife Byrne', 'Łucja Nowak'];

/** One generated learner per file, with varied assessors so that a filter has something to narrow. */
async function writeCohort(dir: string, learners: number, items: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < learners; i += 1) {
    const snapshot = await generatePortfolio({ items, seed: 5000 + i, now: NOW, imageEvery: 0 });
    const assessorName = ASSESSORS[i % ASSESSORS.length] ?? 'Morgan Ellis';
    const portfolio = { ...snapshot.portfolio, learnerName: `${snapshot.portfolio.learnerName} ${i + 1}`, learnerNumber: `B-${i + 1}`, assessorName };
    const file = join(dir, `learner-${i + 1}.folio`);
    await writeFile(file, await encodeFolio({ ...snapshot, portfolio }, { appVersion: 'bench', now: NOW }));
    files.push(file);
  }
  return files;
}

async function becomeTutor(page: Page): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'About you' });
  await form.getByRole('radio', { name: /^Tutor or internal quality assurer/ }).check();
  await form.getByLabel(/^Your name/).fill('Bench Tutor');
  await form.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/cohort$/);
}

/** Loads each file as a tutor would on the Import page; returns the portfolio ids. */
async function importAll(page: Page, files: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    await page.goto('/import');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a .folio file' }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('region', { name: 'Ready to import' }).getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/p\/[^/]+$/);
    ids.push(new URL(page.url()).pathname.split('/')[2] ?? '');
  }
  return ids;
}

/** Navigation to the grid on screen (polled each frame), and, where the view marks them, data to rows drawn. */
async function timeGrid(page: Page, path: string): Promise<GridTiming> {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelector('[role="grid"] tbody tr[aria-rowindex], [role="grid"] tbody tr'), undefined, { polling: 'raf' });
  return page.evaluate(
    ([dataMark, renderedMark]) => {
      const toGridMs = performance.now();
      const data = performance.getEntriesByName(dataMark)[0];
      const rendered = performance.getEntriesByName(renderedMark)[0];
      const rowsDrawn = document.querySelectorAll('[role="grid"] tbody tr[role="row"]').length;
      return { toGridMs, renderMs: data && rendered ? rendered.startTime - data.startTime : undefined, rowsDrawn };
    },
    [COHORT_DATA_MARK, COHORT_RENDERED_MARK] as const,
  );
}

interface GridTiming {
  toGridMs: number;
  renderMs?: number;
  rowsDrawn: number;
}

/** Each figure's fastest over `runs` runs (each taken on its own: the fastest navigation need not hold the fastest render). */
async function fastestOf(runs: number, fn: () => Promise<GridTiming>): Promise<GridTiming> {
  const all: GridTiming[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await fn());
  const renders = all.flatMap((r) => (r.renderMs === undefined ? [] : [r.renderMs]));
  return {
    toGridMs: Math.min(...all.map((r) => r.toGridMs)),
    renderMs: renders.length > 0 ? Math.min(...renders) : undefined,
    rowsDrawn: all[0]?.rowsDrawn ?? 0,
  };
}

export async function cohortViewCase(runs: number, learners = 200, items = 20): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-bench-cohort-'));
  try {
    const files = await writeCohort(dir, learners, items);
    return await withBenchBrowser(async ({ page }) => {
      await becomeTutor(page);
      const loadStart = performance.now();
      const ids = await importAll(page, files);
      const loadMs = performance.now() - loadStart;
      const baseline = await fastestOf(runs, () => timeGrid(page, `/p/${ids[0] ?? ''}/coverage`));
      const all = await fastestOf(runs, () => timeGrid(page, '/cohort'));
      const one = await fastestOf(runs, () => timeGrid(page, `/cohort?assessor=${encodeURIComponent(ASSESSORS[0] ?? '')}`));
      const render = all.renderMs ?? Number.NaN;
      return [
        `Cohort view (issue 9): ${learners} learners × ${items} items, loaded through the Import page in ${s(loadMs)}; fastest of ${runs}`,
        `  ${learners} learners:  data read → rows drawn ${s(render)} (${all.rowsDrawn} of ${learners} rows drawn), navigation → grid on screen ${s(all.toGridMs)}`,
        `  ${Math.ceil(learners / ASSESSORS.length)} learners (one assessor's): data read → rows drawn ${s(one.renderMs ?? Number.NaN)}, navigation → grid ${s(one.toGridMs)}`,
        `  baseline, one learner's coverage matrix (${items} items): navigation → grid ${s(baseline.toGridMs)}; cohort ${(all.toGridMs / baseline.toGridMs).toFixed(1)}× the baseline`,
        `${render < TARGET_MS ? 'PASS' : 'FAIL'}  the ${learners}-learner view renders in under ${TARGET_MS} ms once its data is loaded (${s(render)})`,
        '',
      ].join('\n');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [learners = '200', items = '20'] = process.argv.slice(2);
  process.stdout.write(`${await cohortViewCase(3, Number(learners), Number(items))}\n`);
}
