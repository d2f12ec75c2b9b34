import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildZip, honest, overlappingBomb } from '../../src/cli/lib/hostile-zip';
import { expectNoAxeViolations } from './support/axe';
import { HomePage } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';

/** Every portfolio and evidence row on the device, to show that a refused or cancelled import wrote nothing. */
function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('folio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (counts[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/** A file that takes seconds to check: 30 attachments of 10 MB of zeros each, honestly declared. */
function slowFile(): Uint8Array {
  const zeros = honest('attachments/a0', new Uint8Array(10 * 1024 * 1024));
  return buildZip({ entries: Array.from({ length: 30 }, (_, i) => ({ ...zeros, name: `attachments/a${i}` })) });
}

describe('importing a hostile file', () => {
  test('the page answers while a big file is checked, and Cancel stops it with nothing written', { timeout: 120_000 }, async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.createPortfolio();
    const before = await rowCounts(page);
    const dir = await testTempDir();
    await writeFile(join(dir, 'slow.folio'), slowFile());

    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.choose(join(dir, 'slow.folio'));
    // Progress arriving mid-check, then a click handled mid-check: the page's thread is free.
    await expect.poll(() => importPage.checking.getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/^Checking slow\.folio: [\d.]+ MB of 300\.0 MB unpacked$/);
    await importPage.cancel();
    await importPage.cancelled.waitFor();
    expect(await importPage.checking.count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Choose a .folio file' }).isEnabled()).toBe(true);
    await expectNoAxeViolations(page, 'the import page after a cancelled check');
    expect(await rowCounts(page)).toEqual(before);
  });

  test('zip bombs are refused with their named message, and nothing is written', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.createPortfolio();
    const before = await rowCounts(page);
    const dir = await testTempDir();
    // The file: 1.5 MB, 24,000 directory records sharing one stream of 1 MB of zeros.
    await writeFile(join(dir, 'issue.folio'), overlappingBomb(24_000, 1024 * 1024));
    await writeFile(join(dir, 'shared.folio'), overlappingBomb(9_000, 1024 * 1024));

    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.choose(join(dir, 'issue.folio'));
    await expect.poll(() => importPage.refusal.textContent()).toContain('issue.folio cannot be imported. This file was not opened: it lists 24,000 entries and the limit is 10,000.');

    await importPage.choose(join(dir, 'shared.folio'));
    await expect.poll(() => importPage.refusal.textContent()).toContain('its zip has entries that share the same bytes');
    await expectNoAxeViolations(page, 'the import page refusing a zip bomb');
    expect(await rowCounts(page)).toEqual(before);
  });
});
