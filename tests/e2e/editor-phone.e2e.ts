import { expectNoAxeViolations } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { expect, test } from './support/test';

test('on a touch phone the editor offers only the file button, and counts a long text past its limit', async ({ browser, baseURL }) => {
  // A phone: a touch screen with no hovering pointer, 360 px wide.
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    const page = await context.newPage();
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.createPortfolio();
    const editor = new EvidenceEditorPage(page, portfolioId);
    await editor.gotoNew();

    await expect.poll(() => editor.attachments.getByText('Choose files or take a photo').isVisible()).toBe(true);
    expect(await editor.attachments.getByText(/Drag files here/).count()).toBe(0);

    await editor.fillBasics({ title: 'A long account', kind: 'Reflective account', date: '2026-10-14', customers: 'External customers' });
    await editor.field('The situation').fill('x'.repeat(20_100));
    await editor.field('What you did and why').fill('Listened, then acted.');
    const count = page.getByText('20,100 of 20,000 characters: 100 too many', { exact: true });
    await expect.poll(() => count.isVisible()).toBe(true);
    await editor.saveButton.click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.getByRole('link', { name: 'The situation: keep this under 20,000 characters; it has 20,100' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the editor on a phone with a long text over its limit');
  } finally {
    await context.close();
  }
});

test('with a mouse the editor invites dragging files in', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const editor = new EvidenceEditorPage(page, await home.createPortfolio());
  await editor.gotoNew();
  await expect.poll(() => editor.attachments.getByText('Drag files here, or').isVisible()).toBe(true);
});
