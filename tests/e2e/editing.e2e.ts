import type { Dialog, Page } from 'playwright-core';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { HomePage } from './support/pages/home-page';
import { MarkingPointPage } from './support/pages/marking-point-page';
import { expect, test } from './support/test';

async function newPortfolio(page: Page): Promise<string> {
  const home = new HomePage(page);
  await home.goto();
  return home.createPortfolio();
}

test('leaving the editor with unsaved changes asks first, and a reload offers them back as a draft', async ({ page }) => {
  const portfolioId = await newPortfolio(page);
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.field('Title').fill('Call-back promised to Ștefan Dumitrescu');
  await editor.reflection.fill('I wrote the call-back time on the ticket so the next shift could see it.');

  // In-app navigation is held while the learner decides.
  const dashboard = new DashboardPage(page, portfolioId);
  await dashboard.nav('Dashboard').click();
  await editor.leaveDialog.waitFor();
  await editor.leaveDialog.getByRole('button', { name: 'Stay on this page' }).click();
  await editor.leaveDialog.waitFor({ state: 'detached' });
  expect(new URL(page.url()).pathname).toBe(`/p/${portfolioId}/evidence/new`);
  await expect(editor.field('Title').inputValue()).resolves.toBe('Call-back promised to Ștefan Dumitrescu');

  // Reloading the tab gets the browser's own question; the learner goes ahead.
  const asked: string[] = [];
  const onDialog = (dialog: Dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  // The last words typed straight before the reload, inside the autosave's quiet spell, are kept too.
  await editor.reflection.fill('I wrote the call-back time on the ticket so the next shift could see it. Then I rang back.');
  await page.reload();
  page.off('dialog', onDialog);
  expect(asked).toEqual(['beforeunload']);

  // The changes come back as a draft, offered and not forced.
  await editor.waitUntilShown();
  await editor.draftOffer.waitFor();
  await expect(editor.field('Title').inputValue()).resolves.toBe('');
  await editor.restoreDraft();
  await expect(editor.field('Title').inputValue()).resolves.toBe('Call-back promised to Ștefan Dumitrescu');
  await expect(editor.reflection.inputValue()).resolves.toBe('I wrote the call-back time on the ticket so the next shift could see it. Then I rang back.');
  await editor.draftOffer.waitFor({ state: 'detached' });

  // Leaving on purpose keeps the draft too, and nothing was saved as evidence.
  await dashboard.nav('Dashboard').click();
  await editor.leaveDialog.getByRole('button', { name: 'Leave without saving' }).click();
  await page.waitForURL((url) => url.pathname === `/p/${portfolioId}`);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
  await page.getByRole('heading', { name: 'Your portfolio is empty' }).waitFor();
  await editor.gotoNew();
  await editor.draftOffer.waitFor();
});

test('an item is deleted only after confirmation, with its mappings', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const dashboard = new DashboardPage(page, portfolioId);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');

  // E006 is the only evidence for PRN-2 (E006–E003 are locked: the demo's unit 1 is signed off).
  const list = new EvidenceListPage(page, portfolioId);
  await list.goto();
  await list.open('E006');
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.waitUntilShown();
  const itemPath = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Delete this item' }).click();
  const dialog = page.getByRole('alertdialog', { name: /^Delete E006/ });
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toContain('1 marking point mapping');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(new URL(page.url()).pathname).toBe(itemPath);

  await editor.deleteItem('E006');
  await list.status.filter({ hasText: 'Deleted E006' }).waitFor();
  await expect.poll(() => list.countText()).toBe('Showing 19 of 19');
  await expect(list.refs()).resolves.not.toContain('E006');

  await dashboard.goto();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('17 of 21');
  await expect.poll(() => dashboard.gapIds()).toEqual(['PRN-2', 'PRN-4', 'DEL-2', 'IMP-3']);
  const prn2 = new MarkingPointPage(page, portfolioId, 'PRN-2');
  await prn2.goto();
  await expect(prn2.mappedItems()).resolves.toEqual([]);

  // Gone after a reload too, and its reference is not given to the next item.
  await page.goto(itemPath);
  await page.getByRole('heading', { name: 'Evidence not found', level: 1 }).waitFor();
  await editor.gotoNew();
  await page.getByRole('heading', { name: 'Add evidence', level: 1 }).waitFor();
  await page.getByText('It will be saved as E021.').first().waitFor();
});
