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
