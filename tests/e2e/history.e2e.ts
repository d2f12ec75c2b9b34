import { expectNoAxeViolations } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { EvidenceHistoryPage } from './support/pages/evidence-history-page';
import { HomePage } from './support/pages/home-page';
import { expect, test } from './support/test';

test('a learner sees every version of an item, compares two, and settles edits made on two devices', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  // E004: E001–E003 are locked, since the demo's unit 1 is signed off.
  const list = new EvidenceListPage(page, portfolioId);
  await list.goto();
  await list.open('E004');
  await page.waitForURL(/\/evidence\/[^/]+$/);
  const evidenceId = new URL(page.url()).pathname.split('/').pop() ?? '';

  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.goto(evidenceId);
  const oldTitle = await editor.field('Title').inputValue();
  await editor.field('Title').fill('Retitled after feedback');
  await editor.save();
  await page.getByText(/^Saved E\d+: Retitled after feedback/).waitFor();

  await editor.goto(evidenceId);
  await page.getByRole('link', { name: /^History of E\d+/ }).click();
  const history = new EvidenceHistoryPage(page, portfolioId);
  await history.waitUntilShown();
  const lines = await history.versionLines();
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(lines.at(-1)).toContain('(current)');
  const before = lines.length - 1;
  const viewed = await history.view(before);
  await expect(viewed.innerText()).resolves.toContain(oldTitle);
  await expect(history.changes()).resolves.toContainEqual(['Title', oldTitle, 'Retitled after feedback']);
  await expectNoAxeViolations(page, 'an item’s history with one version open and two compared');

  // Another device saved its own version from the same starting point; a merge brought it here.
  await page.evaluate(async (id) => {
    const request = indexedDB.open('folio');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = database.transaction('versions', 'readwrite');
    const store = tx.objectStore('versions');
    const all = await new Promise<Array<{ id: string; version: number; savedAt: string; content: { title: string } }>>((resolve) => {
      const r = store.index('evidenceId').getAll(id);
      r.onsuccess = () => resolve(r.result);
    });
    all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    const base = all[all.length - 2] ?? all[0];
    if (!base) throw new Error('no version');
    store.put({ ...base, id: 'from-the-laptop', version: base.version + 1, parents: [base.id], savedAt: '2099-01-01T09:00:00.000Z', content: { ...base.content, title: 'Changed on the laptop' } });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    database.close();
  }, evidenceId);
  await history.goto(evidenceId);
  const conflict = history.conflict('Edited on two devices');
  await conflict.waitFor();
  await expect(conflict.innerText()).resolves.toContain('Changed on the laptop');
  await expect(conflict.innerText()).resolves.toContain('Retitled after feedback');
  await expectNoAxeViolations(page, 'an item edited on two devices, both versions side by side');

  await conflict.getByRole('button', { name: /^Keep Version \d+, saved (?!1 January 2099)/ }).click();
  await expect.poll(() => history.status.innerText()).toMatch(/^Kept version \d+\. Every version stays in the history below\.$/);
  await expect.poll(() => conflict.count()).toBe(0);
  await expect.poll(async () => (await history.versionLines()).length).toBe(lines.length + 2);
  await editor.goto(evidenceId);
  await expect(editor.field('Title').inputValue()).resolves.toBe('Retitled after feedback');
});
