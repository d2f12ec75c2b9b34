import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { squash } from './support/field';
import { AuditPage } from './support/pages/audit-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { pdfText } from './support/pdf-text';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';

describe('the demo’s assessment', () => {
  test('is in the audit trail, which filters by who, what and when, keeps the filters in the address, and passes axe', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    await page.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link', { name: 'Audit trail' }).click();
    const audit = new AuditPage(page, portfolioId);
    await audit.heading.waitFor();
    await expect.poll(() => audit.countText()).toMatch(/^Showing (\d+) of \1 recorded changes$/);
    await expectNoAxeViolations(page, 'the audit trail of the demo');

    await audit.filterWho(/^Łucja Wiśniewska \(Assessor\)$/);
    await audit.filterWhat('decision recorded');
    await expect.poll(() => audit.actions()).toEqual(Array(5).fill('decision recorded'));
    await expect.poll(() => audit.countText()).toMatch(/^Showing 5 of \d+ recorded changes$/);
    await page.reload();
    await audit.heading.waitFor();
    await expect.poll(() => audit.actions()).toEqual(Array(5).fill('decision recorded'));
    await expectNoAxeViolations(page, 'the audit trail, filtered');

    await audit.setDates('2030-01-02', '2030-01-01');
    await expect.poll(() => audit.dateError.innerText()).toContain('The “From” date is after the “To” date');
    await expectNoAxeViolations(page, 'the audit trail with a date error');
  });

  test('prints in the PDF: signed decisions, the stale one flagged, the sign-off, the signer’s fingerprint and the audit appendix', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    await exportPage.keepAllAsMine();
    await exportPage.pdfSection.getByLabel('Add the audit trail as an appendix', { exact: false }).check();
    await expectNoAxeViolations(page, 'the export page with the audit appendix chosen');
    const pdfPath = join(await testTempDir(), 'demo.pdf');
    await (await exportPage.createPdf()).saveAs(pdfPath);
    const text = squash(await pdfText(pdfPath));
    expect(text).toContain('Assessor decisions and feedback');
    expect(text).toContain('Partially met');
    expect(text).toContain('Evidence changed since assessment');
    // A key made when the demo was built: nobody confirmed it on this device, and the PDF says so.
    expect(text).toContain('Signature verifies; signer not confirmed');
    expect(text).toMatch(/Signers and key fingerprints .*Łucja Wiśniewska Assessor ([0-9A-F]{4} ){7}[0-9A-F]{4}/);
    expect(text).toContain('Signed off by Łucja Wiśniewska (Assessor)');
    expect(text).toContain('The photo of the card is clear');
    expect(text).toContain('Appendix: audit trail');
    expect(text).toContain('unit signed off');
  });
});
