import { expectNoAxeViolations } from './support/axe';
import { fieldError } from './support/field';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { SettingsPage } from './support/pages/settings-page';
import { expect, test } from './support/test';

const WARNING = 'This item may hold a customer’s personal data';

test('a learner lists a customer’s name in Settings, and the editor warns of it and of an email address as they write', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const settings = new SettingsPage(page, portfolioId);
  await settings.goto();

  const people = page.getByRole('region', { name: 'People to redact' });
  const nameField = people.getByLabel('Name to add');
  await nameField.fill('removed');
  await people.getByRole('button', { name: 'Add name' }).click();
  await expect.poll(() => fieldError(nameField)).toBe('“removed” is a word Folio uses in place of what it removes; enter a person’s name');
  await expectNoAxeViolations(page, 'the settings page with a refused name to redact');

  await nameField.fill('Łucja Wiśniewska');
  await nameField.press('Enter');
  await people.getByRole('list', { name: 'Names to redact' }).getByRole('button', { name: 'Remove Łucja Wiśniewska' }).waitFor();
  await expectNoAxeViolations(page, 'the settings page with a name to redact listed');

  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.fillBasics({ title: 'Refund for a regular customer', kind: 'Reflective account', date: '2026-10-14', customers: 'External customers' });
  await editor.fillFields({
    'The situation': 'Łucja Wiśniewska (lucja.w@example.com) asked about a refund.',
    'What you did and why': 'I checked the till log and refunded her.',
  });
  const warning = page.getByRole('region', { name: WARNING });
  await expect.poll(() => warning.getByRole('listitem').allTextContents()).toEqual([
    'a name on your "people to redact" list (Łucja Wiśniewska) in The situation',
    'an email address (lucja.w@example.com) in The situation',
  ]);
  await expectNoAxeViolations(page, 'the evidence editor warning of personal data');

  await editor.fillFields({ 'The situation': 'A regular customer asked about a refund.' });
  await expect.poll(() => warning.count()).toBe(0);
  // The warning only informs: the item saves either way.
  await editor.save();
  await page.getByText('Saved E001: Refund for a regular customer').waitFor();
});
