import { join } from 'node:path';
import { DashboardPage } from './support/pages/dashboard-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { pdfPageCount } from './support/pdf-text';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

test('with no connection the app still opens, keeps the portfolio and makes the PDF', { timeout: 120_000 }, async ({ page, context }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const dashboard = new DashboardPage(page, portfolioId);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');

  // The first visit installs the offline cache; from then on this page is served by it.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  // The server is unreachable now: a reload and a deep link both open from the cache.
  await expect(page.evaluate(() => fetch(`/not-cached-${Date.now()}`).then(() => 'online', () => 'offline'))).resolves.toBe('offline');
  await page.reload();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');
  await page.goto(`/p/${portfolioId}/coverage`);
  await page.getByRole('heading', { name: 'Coverage matrix', level: 1 }).waitFor();

  // Exporting needs the PDF library and the font, which load only now: they come from the cache too.
  const exportPage = new ExportPage(page, portfolioId);
  await exportPage.goto();
  await exportPage.keepAllAsMine();
  const download = await exportPage.createPdf();
  const pdfPath = join(await testTempDir(), 'offline.pdf');
  await download.saveAs(pdfPath);
  await expect(pdfPageCount(pdfPath)).resolves.toBeGreaterThan(5);
  await context.setOffline(false);
});
