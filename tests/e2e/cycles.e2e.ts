import { expectNoAxeViolations } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { waitForScreen } from './support/settle';
import { describe, expect, test } from './support/test';

describe('ready for assessment, and plan-do-review cycles', () => {
  test('the dashboard lists what the coach would question per unit; the Cycles page shows the demo’s whole and partial cycles; an item is linked to a stage by keyboard', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    await page.goto(`/p/${portfolioId}`);
    await waitForScreen(page);

    // The dashboard's lazy part: the demo's planted weaknesses (tests/unit/coach-demo.test.ts), per unit.
    const ready = page.getByRole('region', { name: 'Ready for assessment?' });
    const rel = ready.getByRole('region', { name: 'Unit 4: Manage customer relations' });
    await rel.getByRole('link', { name: /^E020 / }).waitFor();
    await expect(ready.getByRole('region', { name: /^Unit 1:/ }).innerText()).resolves.toContain('Nothing the coach would question.');
    const unplaced = ready.getByRole('region', { name: 'Not on a marking point yet' });
    await unplaced.getByText(/The cycle “ISA season” has no evidence at agree standards, deliver, monitor and improve\./).waitFor();
    await expect(unplaced.getByRole('link', { name: 'E019 Plan for weekend call-back cover' }).count()).resolves.toBe(2);
    await expectNoAxeViolations(page, 'the dashboard with its “Ready for assessment?” list');

    await ready.getByRole('link', { name: 'See your plan-do-review cycles' }).click();
    await waitForScreen(page);
    await page.getByRole('heading', { level: 1, name: 'Plan-do-review cycles' }).waitFor();
    const isa = page.getByRole('region', { name: 'ISA season' });
    await isa.getByText('4 stages of 6 have no evidence yet: agree standards, deliver, monitor, improve.').waitFor();
    await page.getByRole('region', { name: 'Call-back promise' }).getByText('Every stage has evidence: the cycle is complete.').waitFor();
    await expectNoAxeViolations(page, 'the Cycles page with a whole cycle and one with stages missing');

    // E008, an observation of delivery, goes into the ISA season at "Deliver", by keyboard only.
    await page.goto(`/p/${portfolioId}/evidence`);
    await waitForScreen(page);
    await page.getByRole('link', { name: /^E008 / }).click();
    const editor = new EvidenceEditorPage(page, portfolioId);
    await editor.waitUntilShown();
    const cycles = page.getByRole('region', { name: 'Plan-do-review cycles' });
    const name = cycles.getByLabel('Cycle');
    await name.focus();
    await page.keyboard.type('isa season');
    await page.keyboard.press('Enter');
    await cycles.getByText('Choose the stage of the cycle this item shows.').waitFor();
    await expectNoAxeViolations(page, 'the evidence editor with a cycle link missing its stage');
    await page.keyboard.press('Tab');
    await expect(cycles.getByLabel('Stage').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await cycles.getByLabel('Stage').selectOption('Deliver');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await cycles.getByRole('list', { name: 'Cycles this item is in' }).getByText('ISA season: Deliver').waitFor();
    await editor.save();

    await page.goto(`/p/${portfolioId}/cycles`);
    await waitForScreen(page);
    await isa.getByText('3 stages of 6 have no evidence yet: agree standards, monitor, improve.').waitFor();
    const deliver = isa.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Deliver' }) });
    await deliver.getByRole('link', { name: /^E008 / }).waitFor();
  });
});
