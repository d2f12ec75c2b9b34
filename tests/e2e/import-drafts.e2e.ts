import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

test('replacing a portfolio lists the unsaved drafts it would delete before anything is deleted', { timeout: 120_000 }, async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const exportPage = new ExportPage(page, portfolioId);
  await exportPage.goto();
  await exportPage.keepAllAsMine();
  const download = await exportPage.downloadFolio();
  const folioPath = join(await testTempDir(), download.suggestedFilename());
  await download.saveAs(folioPath);

  // Changes to E004 that were never saved: leaving on purpose keeps them as a draft.
  const list = new EvidenceListPage(page, portfolioId);
  await list.goto();
  await list.open('E004');
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.waitUntilShown();
  await editor.field('Title').fill('Complaint about a late refund, with the manager’s reply');
  await new DashboardPage(page, portfolioId).nav('Dashboard').click();
  await editor.leaveDialog.getByRole('button', { name: 'Leave without saving' }).click();
  await page.waitForURL((url) => url.pathname === `/p/${portfolioId}`);

  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.choose(folioPath);
  await importPage.ready.waitFor();
  await importPage.otherWays();
  const drafts = importPage.conflictDialog.getByRole('list', { name: /^Replacing also deletes the unsaved changes on this device/ });
  await drafts.waitFor();
  await expect(drafts.innerText()).resolves.toMatch(/^E004 “Complaint about a late refund, with the manager’s reply”: changes made on .+, never saved$/);
  await expectNoAxeViolations(page, 'the import page asking to replace a portfolio that has unsaved drafts');

  // Cancel keeps them: the draft is still offered in the editor.
  await importPage.conflictDialog.getByRole('button', { name: 'Cancel' }).click();
  await list.goto();
  await list.open('E004');
  await editor.draftOffer.waitFor();
});
