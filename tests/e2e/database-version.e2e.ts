import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { expectNoAxeViolations } from './support/axe';
import { DashboardPage } from './support/pages/dashboard-page';
import { HomePage } from './support/pages/home-page';
import { expect, test } from './support/test';

// Dexie stores schema version n as IndexedDB version n × 10; this stands for the next Folio's database.
const NEWER_IDB_VERSION = (CURRENT_SCHEMA_VERSION + 1) * 10;

test('another tab upgrading the database stops this one from writing, and a newer database is refused on reload', { timeout: 90_000 }, async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const dashboard = new DashboardPage(page, portfolioId);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');

  // A newer Folio in another tab upgrades the database: this tab closes its connection and says so.
  await page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('folio', version);
        request.onupgradeneeded = () => request.result.createObjectStore('fromANewerFolio', { keyPath: 'id' });
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    NEWER_IDB_VERSION,
  );
  const notice = page.getByRole('complementary', { name: 'Folio’s storage' });
  await expect(notice.getByRole('alert').innerText()).resolves.toBe('Folio was updated in another tab, so this tab can no longer save. Reload to get the newest version.');
  await expect(notice.getByRole('button', { name: 'Reload' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await expectNoAxeViolations(page, 'a page whose database another tab upgraded');

  // Reloading runs the same (older) build against the newer database: it refuses to touch it.
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(notice.getByRole('alert').innerText()).resolves.toBe('This portfolio data was saved by a newer version of Folio. Reload to get the newest version.');
  await page.getByRole('heading', { name: 'Folio needs a reload', level: 1 }).waitFor();
  await expectNoAxeViolations(page, 'a page refusing a newer database');
  const stored = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'folio')?.version);
  expect(stored).toBe(NEWER_IDB_VERSION);
});
