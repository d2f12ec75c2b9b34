import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { DashboardPage } from './support/pages/dashboard-page';
import { HomePage, sampleLearner } from './support/pages/home-page';
import { expect, test } from './support/test';

test('a new learner sets up a portfolio, fixing an empty required field on the way', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.heading.innerText()).resolves.toBe('Welcome to Folio');

  await home.fill({ ...sampleLearner, learnerNumber: '' });
  await home.submit();

  await expect.poll(() => home.errorFor('Learner number')).toBe('Enter the learner number');
  // Only the empty field is in error, and nothing was created.
  await expect(home.errorFor('Learner name')).resolves.toBeNull();
  await expect(home.errorFor('Centre or employer')).resolves.toBeNull();
  expect(new URL(page.url()).pathname).toBe('/');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.innerText()).resolves.toContain('Enter the learner number');

  await home.field('Learner number').fill(sampleLearner.learnerNumber);
  await home.submit();

  const dashboard = new DashboardPage(page, await home.waitForDashboard());
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
  await expect(page.getByRole('banner').first().innerText()).resolves.toContain(sampleLearner.learnerName);

  // A reload finds the same portfolio, and the home page now lists it.
  await page.reload();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
  await home.goto();
  await expect(home.heading.innerText()).resolves.toBe('Your portfolios');
  await home.portfolioLink(sampleLearner.learnerName).click();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
});

test('start-up does not ask the browser to keep Folio’s data; the first evidence saved does, once', async ({ page }) => {
  // Counts the requests the app makes; the browser's own answer still comes back.
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const original = storage.persist.bind(storage);
    const counter = window as unknown as { persistCalls: number };
    counter.persistCalls = 0;
    storage.persist = () => {
      counter.persistCalls += 1;
      return original();
    };
  });
  const calls = () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const dashboard = new DashboardPage(page, portfolioId);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
  await page.reload();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');
  await expect(calls()).resolves.toBe(0);

  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.waitUntilShown();
  await editor.fillBasics({ title: 'Weekend rota', kind: 'Other document', date: '2026-03-02', customers: 'Internal customers (colleagues)' });
  await editor.fillFields({ 'What the document is and shows': 'The rota I drew up for the weekend shifts.' });
  await editor.save();
  await page.getByText('Saved E001: Weekend rota').waitFor();
  await expect.poll(calls).toBe(1);

  // A second item: the answer is remembered, so the browser is not asked again.
  await editor.gotoNew();
  await editor.waitUntilShown();
  await editor.fillBasics({ title: 'Team briefing notes', kind: 'Other document', date: '2026-03-03', customers: 'Internal customers (colleagues)' });
  await editor.fillFields({ 'What the document is and shows': 'Notes from the Monday briefing.' });
  await editor.save();
  await page.getByText('Saved E002: Team briefing notes').waitFor();
  await expect(calls()).resolves.toBe(0);
});
