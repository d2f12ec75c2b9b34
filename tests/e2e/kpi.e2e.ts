import { expectNoAxeViolations } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { KpiRows } from './support/pages/kpi-rows';
import { waitForScreen } from './support/settle';
import { describe, expect, test } from './support/test';

// The demo (src/samples/demo.ts): E015 reports its KPIs as rows, E005 only as text, and E016 links E015's complaints row.
describe('KPI rows', () => {
  test('shows a report’s rows with a chart each, turns a text-only report into rows, and lists the rows an improvement moved', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    await waitForScreen(page);
    const editor = new EvidenceEditorPage(page, portfolioId);
    const kpis = new KpiRows(page);
    // Back to the list from an editor with unsaved changes: the leave question, answered "leave".
    const leaveUnsaved = async () => {
      await page.getByRole('link', { name: 'Back to the evidence list' }).click();
      await editor.leaveDialog.getByRole('button', { name: 'Leave without saving' }).click();
      await page.waitForURL((url) => url.pathname === `/p/${portfolioId}/evidence`);
      await waitForScreen(page);
    };

    await page.goto(`/p/${portfolioId}/evidence`);
    await waitForScreen(page);
    await page.getByRole('link', { name: /^E015 / }).click();
    await editor.waitUntilShown();
    await expect.poll(() => kpis.cell('Measure', 3).inputValue()).toBe('Member satisfaction');
    const chart = kpis.chart(/^Chart of Call-back complaints \(a quarter\): before 14, target 5, after 3$/);
    await chart.waitFor();
    // The chart's text alternative is the table beside it.
    const tableId = await chart.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${tableId}"]`).getByRole('row', { name: /Call-back complaints/ }).textContent()).toContain('−11 a quarter');
    await expectNoAxeViolations(page, 'the evidence editor with KPI rows and their charts');

    // Read-only, the same table and charts: a saved version on the item's history page.
    await page.getByRole('link', { name: 'History of E015' }).click();
    await page.getByRole('button', { name: 'View version 1' }).click();
    await page.getByRole('table', { name: 'KPIs in version 1' }).waitFor();
    expect(await page.getByRole('img', { name: /^Chart of / }).count()).toBe(3);
    await expectNoAxeViolations(page, 'an item’s saved version with KPI rows and charts');
    await page.getByRole('link', { name: 'Back to E015' }).click();
    await editor.waitUntilShown();

    // A bad figure gets a message beside its cell and nothing is saved.
    await kpis.cell('After', 1).fill('about 3');
    await editor.saveButton.click();
    await expect.poll(() => kpis.cellError('After', 1)).toBe('Enter the result as a number, such as 61.5 or 1,200');
    await expectNoAxeViolations(page, 'the evidence editor with a KPI cell in error');

    await leaveUnsaved();
    await page.getByRole('link', { name: /^E005 / }).click();
    await editor.waitUntilShown();
    await kpis.region.getByRole('button', { name: 'Turn these into rows' }).click();
    await kpis.region.getByText(/^Folio read 3 rows from the text/).waitFor();
    await expect.poll(() => kpis.cell('Measure', 1).inputValue()).toBe('Member retention');
    expect(await kpis.cell('Target', 2).inputValue()).toBe('3');
    expect(await editor.field('KPIs, targets and actual results as first written (text)').inputValue()).toContain('Member retention 91%');
    await expectNoAxeViolations(page, 'the evidence editor with rows proposed from a report’s text');

    await leaveUnsaved();
    await page.getByRole('link', { name: /^E016 / }).click();
    await editor.waitUntilShown();
    const moved = page.getByRole('region', { name: 'KPIs this item moved' });
    expect(await moved.getByRole('checkbox', { name: 'E015 · Call-back complaints (a quarter)' }).isChecked()).toBe(true);
    expect(await moved.getByRole('checkbox', { name: 'E014 · Call-back complaints (a quarter)' }).isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'the evidence editor’s KPI links');
  });
});
