import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { expectNoAxeViolations } from './support/axe';
import { AppNotices } from './support/pages/app-notices';
import { DashboardPage } from './support/pages/dashboard-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { pdfPageCount } from './support/pdf-text';
import { projectRoot, servePreview, type RunningServer } from './support/preview-server';
import { testTempDir } from './support/temp-dir';
import { desktop, expect, test } from './support/test';

const distA = process.env.E2E_DIST ?? resolve(projectRoot, 'dist');

/**
 * Build B: the same app with a changed public file, and every script and asset under a new name,
 * as a release that changes code renames its chunks. So a tab of A finds none of its files on B's server.
 */
async function buildB(root: string): Promise<string> {
  const publicDir = join(root, 'public');
  const outDir = join(root, 'dist-b');
  await cp(resolve(projectRoot, 'public'), publicDir, { recursive: true });
  const favicon = join(publicDir, 'favicon.svg');
  await writeFile(favicon, `${await readFile(favicon, 'utf8')}\n<!-- build B -->\n`);
  const names = { entryFileNames: 'assets/b-[name]-[hash].js', chunkFileNames: 'assets/b-[name]-[hash].js', assetFileNames: 'assets/b-[name]-[hash][extname]' };
  // Vitest sets NODE_ENV to "test", which would make Vite build React's development bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root: projectRoot,
    configFile: resolve(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    publicDir,
    build: { outDir, emptyOutDir: true, rolldownOptions: { output: names } },
    worker: { rolldownOptions: { output: names } },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  return outDir;
}

async function buildIdOf(dist: string): Promise<string> {
  const match = /<meta name="folio-build" content="([0-9a-f]+)"/.exec(await readFile(join(dist, 'index.html'), 'utf8'));
  if (!match?.[1]) throw new Error(`${dist}/index.html has no build id.`);
  return match[1];
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Portfolio sections' });

test('a tab of the previous build keeps working after a deploy, is told about it, and runs the new build once reloaded', { timeout: 180_000 }, async ({ browser }) => {
  const root = await testTempDir();
  const distB = await buildB(root);
  const [buildA, buildIdB] = await Promise.all([buildIdOf(distA), buildIdOf(distB)]);
  expect(buildIdB).not.toBe(buildA);
  const pdfWorkerA = (await readdir(join(distA, 'assets'))).find((f) => /^pdf-worker-.*\.js$/.test(f));
  expect(pdfWorkerA).toBeDefined();

  let server: RunningServer = await servePreview(distA);
  const errors: string[] = [];
  const context = await browser.newContext({ baseURL: server.url, acceptDownloads: true, viewport: desktop, locale: 'en-GB', timezoneId: 'Europe/London' });
  context.setDefaultTimeout(15_000);
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`)));
  try {
    // A tab of build A, with the demo portfolio, controlled by A's worker.
    const tabA = await context.newPage();
    const home = new HomePage(tabA);
    await home.goto();
    const portfolioId = await home.loadDemo();
    await expect.poll(() => new DashboardPage(tabA, portfolioId).evidencedFigure()).toBe('18 of 21');
    await tabA.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const noticesA = new AppNotices(tabA);
    await expect(noticesA.build()).resolves.toBe(buildA);
    await expect(noticesA.updatePrompt.count()).resolves.toBe(0);

    // Deploy B on the same origin: A's files are gone from the server.
    const port = server.port;
    await server.close();
    server = await servePreview(distB, port);
    const gone = await fetch(`${server.url}/assets/${pdfWorkerA}`);
    expect(gone.headers.get('content-type')).not.toMatch(/javascript/);

    // A second tab opens B; B's worker installs and waits, and both tabs are told.
    const tabB = await context.newPage();
    await tabB.goto('/');
    const noticesB = new AppNotices(tabB);
    await expect(noticesB.build()).resolves.toBe(buildIdB);
    await noticesB.updatePrompt.waitFor();
    await noticesA.updatePrompt.waitFor();
    await expect(noticesA.updatePrompt.getByRole('status').innerText()).resolves.toBe('A new version of Folio is ready. Reload when it suits you.');
    await expectNoAxeViolations(tabA, 'a page with the new-version prompt');

    // Reloading the second tab lets B's worker take over every tab; the second tab runs B.
    await Promise.all([tabB.waitForEvent('load'), noticesB.updateReload.click()]);
    await tabB.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(tabB.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).resolves.toBeNull();

    // The tab of A is now served by B's worker, yet it still loads A's PDF maker (from A's cache) and makes the PDF.
    await expect(noticesA.build()).resolves.toBe(buildA);
    await nav(tabA).getByRole('link', { name: 'Export' }).click();
    const exportA = new ExportPage(tabA, portfolioId);
    await tabA.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
    await exportA.keepAllAsMine();
    const download = await exportA.createPdf();
    const pdfPath = join(root, 'from-tab-a.pdf');
    await download.saveAs(pdfPath);
    await expect(pdfPageCount(pdfPath)).resolves.toBeGreaterThan(5);
    await expect(exportA.pdfReady.count()).resolves.toBe(1);

    // Never mid-edit: with unsaved changes, Reload says why it waits and keeps the page.
    await nav(tabA).getByRole('link', { name: 'Evidence' }).click();
    await tabA.getByRole('main').getByRole('link', { name: 'Add evidence' }).first().click();
    await tabA.getByLabel(/^Title/).fill('Half-written note');
    await noticesA.updateReload.click();
    await expect(noticesA.updatePrompt.getByRole('status').innerText()).resolves.toContain('You have unsaved changes: save or discard them first, then press Reload.');
    await expect(tabA.getByLabel(/^Title/).inputValue()).resolves.toBe('Half-written note');
    await expect(noticesA.build()).resolves.toBe(buildA);
    await nav(tabA).getByRole('link', { name: 'Dashboard' }).click();
    await tabA.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
    await tabA.getByRole('heading', { level: 1 }).waitFor();

    // With nothing unsaved, Reload loads B in this tab too, with the portfolio still there.
    await Promise.all([tabA.waitForEvent('load'), noticesA.updateReload.click()]);
    await expect(noticesA.build()).resolves.toBe(buildIdB);
    await expect.poll(() => new DashboardPage(tabA, portfolioId).evidencedFigure()).toBe('18 of 21');
    await expect(noticesA.updatePrompt.count()).resolves.toBe(0);

    // No tab runs A any more, so its cache goes; B's stays.
    await expect.poll(() => tabA.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([`folio-${buildIdB}`]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
