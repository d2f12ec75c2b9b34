import { expectNoAxeViolations } from './support/axe';
import { openDemoItem } from './support/open-demo-item';
import { waitForScreen } from './support/settle';
import { describe, expect, test } from './support/test';

// The demo's E006 ticks two factors on PRN-2, which asks for three (tests/unit/coach-demo.test.ts).
const shortOfFactors = /PRN-2 asks for at least 3 distinct factors; the evidence mapped to it names 2 \(resources and customer expectations\)/;

describe('factors, legislation and policies', () => {
  test('the coach counts E006’s ticked factors; ticking a third clears it; the portfolio’s policies are kept in Settings', async ({ page }) => {
    const { portfolioId, editor } = await openDemoItem(page, 'E006');

    const coach = page.getByRole('region', { name: 'What an assessor would question' });
    await coach.getByText(shortOfFactors).waitFor();
    const factors = page.getByRole('group', { name: 'Factors that influence service' });
    expect(await factors.getByRole('checkbox', { name: 'Resources' }).isChecked()).toBe(true);

    // A repeat is refused beside the field, by keyboard alone.
    const own = factors.getByLabel('Add your own factor');
    await own.fill('RESOURCES');
    await own.press('Enter');
    await factors.getByText('“RESOURCES” is already in the list').waitFor();
    await expectNoAxeViolations(page, 'the evidence editor with a factor refused and a coach count finding');

    await own.fill('IT systems');
    await own.press('Enter');
    await expect.poll(() => coach.getByText(shortOfFactors).count()).toBe(0);
    const policies = page.getByRole('group', { name: 'Organisational standards and policies' });
    expect(await policies.getByRole('checkbox', { name: 'ID-check policy' }).isChecked()).toBe(true);
    await policies.getByLabel('Add your own standard or policy').fill('Vulnerable customers policy');
    await policies.getByRole('button', { name: 'Add standard or policy' }).click();
    await editor.save();

    await page.goto(`/p/${portfolioId}/settings`);
    await waitForScreen(page);
    const section = page.getByRole('region', { name: 'Standards and policies' });
    await section.locator('.people-list__name', { hasText: 'Vulnerable customers policy' }).waitFor();
    await section.getByLabel('Standard or policy to add').fill('customer charter');
    await section.getByRole('button', { name: 'Add standard or policy' }).click();
    await section.getByText('“customer charter” is already in the list').waitFor();
    await expectNoAxeViolations(page, 'the settings page with the portfolio’s lists and a refused name');
  });
});
