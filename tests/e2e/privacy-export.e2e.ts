import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { decodeFolio } from '../../src/domain/portfolio-file';
import { expectNoAxeViolations } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { SettingsPage } from './support/pages/settings-page';
import { pdfText } from './support/pdf-text';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

// Made-up customers' details (example domains, Ofcom's drama numbers, real-format postcodes).
const SITUATION =
  'Olivia Marsh (olivia.marsh@example.com, 07700 900123, +44 20 7946 0018) rang about her order to LS1 4DY. Her NI number AB 12 34 56 C was on the form.';
const NEEDLES = ['Olivia Marsh', 'olivia.marsh@example.com', '07700 900123', '07700900123', '+44 20 7946 0018', '2079460018', 'LS1 4DY', 'AB 12 34 56 C', 'ravi@example.org'];
const leaks = (text: string) => NEEDLES.filter((n) => text.includes(n) || text.replace(/\s/g, '').includes(n.replace(/\s/g, '')));

test('a learner reviews the personal data before export, redacts it, and the PDF and .folio carry none of it', { timeout: 180_000 }, async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();

  const settings = new SettingsPage(page, portfolioId);
  await settings.goto();
  await settings.addPersonToRedact('Olivia Marsh');

  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.fillBasics({ title: 'Refund call with Olivia Marsh', kind: 'Reflective account', date: '2026-10-14', customers: 'External customers' });
  await editor.fillFields({ 'The situation': SITUATION, 'What you did and why': 'I checked the till log and refunded her.' });
  await editor.attach({ name: 'letter to ravi@example.org.txt', mimeType: 'text/plain', buffer: Buffer.from('Dear customer, thank you.') });
  await expect.poll(() => editor.attachedNames()).toEqual(['letter to ravi@example.org.txt']);
  await editor.save();
  await page.getByText('Saved E001: Refund call with Olivia Marsh').waitFor();

  const exportPage = new ExportPage(page, portfolioId);
  await exportPage.goto();
  const check = exportPage.privacyCheck;
  await check.getByRole('heading', { level: 3, name: 'E001 · Refund call with Olivia Marsh' }).waitFor();
  // Seven values; the name is also in the audit trail ("saved E001: Refund call with Olivia Marsh"), one choice for both.
  await expect.poll(() => check.getByRole('group').count()).toBe(8);
  await check.getByRole('group', { name: 'an email address (ravi@example.org.txt) in the name of an attached file' }).waitFor();
  await check.getByRole('group', { name: 'a name on your "people to redact" list (Olivia Marsh) in the audit trail' }).waitFor();
  const createPdf = exportPage.pdfSection.getByRole('button', { name: 'Create PDF' });
  await expect.poll(() => createPdf.isDisabled()).toBe(true);
  await expectNoAxeViolations(page, 'the privacy check before export, with choices still to make');

  // The keyboard reaches each choice; one value chosen by hand, the rest with "Redact all".
  const email = check.getByRole('group', { name: /^an email address \(olivia\.marsh@example\.com\)/ });
  await email.getByLabel('Redact').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => email.getByLabel('Redact').isChecked()).toBe(true);
  await exportPage.redactAll();
  await expectNoAxeViolations(page, 'the privacy check before export, every choice made');

  const dir = await testTempDir();
  const pdfPath = join(dir, 'redacted.pdf');
  await (await exportPage.createPdf()).saveAs(pdfPath);
  await exportPage.pdfReady.waitFor();
  await expect.poll(() => exportPage.pdfReady.innerText()).toMatch(/^PDF ready \(redacted: 7 pieces of personal data masked\)/);
  const text = await pdfText(pdfPath);
  expect(leaks(text)).toEqual([]);
  expect(text).toContain('[email removed]');
  expect(text).toContain('[name removed]');

  const folioPath = join(dir, 'redacted.folio');
  await (await exportPage.downloadFolio()).saveAs(folioPath);
  const bytes = new Uint8Array(await readFile(folioPath));
  expect(leaks(strFromU8(unzipSync(bytes)['portfolio.json'] ?? new Uint8Array()))).toEqual([]);
  const decoded = await decodeFolio(bytes);
  if (!decoded.ok) throw new Error(decoded.error.message);
  expect(decoded.redacted).toBe(true);

  // The evidence on the device is as the learner wrote it, and the choices are remembered.
  await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();
  await page.getByRole('link', { name: /Refund call with Olivia Marsh/ }).click();
  await editor.waitUntilShown();
  await expect.poll(() => page.getByLabel('The situation').inputValue()).toBe(SITUATION);
  await exportPage.goto();
  await check.getByText('Every piece of personal data has a choice. You can export.').waitFor();
});
