import { readFile } from 'node:fs/promises';
import { idFromLink } from './support/app-paths';
import { expectNoAxeViolations } from './support/axe';
import { CoveragePage } from './support/pages/coverage-page';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { MarkingPointPage } from './support/pages/marking-point-page';
import { makePng } from './support/png';
import { expect, test } from './support/test';

const complaint = {
  title: 'Refund complaint from a regular customer – Łucja Wiśniewska',
  kind: 'Complaint record',
  date: '2026-10-14',
  customers: 'External customers',
};
const complaintFields = {
  'Date received': '2026-10-12',
  Channel: 'Email',
  'Formal or informal': 'Formal',
  'What the complaint was about': 'A refund of £42.50 promised on the phone had not arrived after ten working days.',
};
const ext3Rationale = 'Shows the complaint acknowledged, investigated, resolved and logged, step by step.';
const rel4Rationale = 'I followed our complaints procedure and kept the customer told at each stage.';

test('a learner adds an item with a photo, maps it, watches progress change, and finds it all after a reload', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const dashboard = new DashboardPage(page, portfolioId);
  await expect.poll(() => dashboard.evidencedFigure()).toBe('0 of 21');

  await dashboard.addEvidence();
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.waitUntilShown();
  await editor.fillBasics(complaint);
  await editor.fillFields(complaintFields);
  await editor.reflection.fill('I should have checked the refund had gone through before promising a date.');

  const photo = makePng(64, 48);
  await editor.attach({ name: 'refund-screen.png', mimeType: 'image/png', buffer: photo });
  await expect.poll(() => editor.attachedNames()).toEqual(['refund-screen.png']);
  await expect(editor.previewShows('refund-screen.png')).resolves.toEqual({ width: 64, height: 48 });

  await editor.mapTo('EXT-3', ext3Rationale);
  await expectNoAxeViolations(page, 'the evidence editor with a photo attached and a marking point chosen');
  await editor.save();
  await page.getByText(`Saved E001: ${complaint.title}`).waitFor();
  // The message said what just happened; after a reload it would not be true, so it is gone.
  await page.reload();
  await page.getByRole('link', { name: `E001 ${complaint.title}` }).waitFor();
  await expect(page.getByText(`Saved E001: ${complaint.title}`).count()).resolves.toBe(0);

  // One marking point evidenced, from the editor.
  await dashboard.goto();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('1 of 21');
  await expect(dashboard.gapIds()).resolves.not.toContain('EXT-3');
  const evidenceId = await idFromLink(page, /\/evidence\/(?!new(?:$|\?))([^/?#]+)$/);

  // A second, from the marking point's own page.
  const rel4 = new MarkingPointPage(page, portfolioId, 'REL-4');
  await rel4.goto();
  await expect(rel4.mappedItems()).resolves.toEqual([]);
  await rel4.mapEvidence('E001', rel4Rationale);
  await expect.poll(() => rel4.mappedItems()).toEqual([`E001 ${complaint.title}`]);
  await expect(rel4.rowFor('E001').innerText()).resolves.toContain(rel4Rationale);

  await dashboard.goto();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('2 of 21');
  await expect(dashboard.gapIds()).resolves.toHaveLength(19);

  const coverage = new CoveragePage(page, portfolioId);
  await coverage.goto();
  await expect(coverage.isMapped('E001', 'EXT-3')).resolves.toBe(true);
  await expect(coverage.isMapped('E001', 'REL-4')).resolves.toBe(true);
  await expect(coverage.isMapped('E001', 'EXT-1')).resolves.toBe(false);
  const gaps = await coverage.gapColumns();
  expect(gaps).toHaveLength(19);
  expect(gaps).not.toContain('EXT-3');

  // Everything is still there after a reload: the item, its photo (byte for byte) and both mappings.
  await page.reload();
  await expect(coverage.isMapped('E001', 'EXT-3')).resolves.toBe(true);
  await expect(coverage.isMapped('E001', 'REL-4')).resolves.toBe(true);

  await editor.goto(evidenceId);
  await page.reload();
  await editor.waitUntilShown();
  await expect(editor.field('Title').inputValue()).resolves.toBe(complaint.title);
  await expect(editor.field('What the complaint was about').inputValue()).resolves.toBe(complaintFields['What the complaint was about']);
  await expect(editor.pointCheckbox('EXT-3').isChecked()).resolves.toBe(true);
  await expect(editor.rationaleField('EXT-3').inputValue()).resolves.toBe(ext3Rationale);
  await expect(editor.pointCheckbox('REL-4').isChecked()).resolves.toBe(true);
  await expect(editor.rationaleField('REL-4').inputValue()).resolves.toBe(rel4Rationale);
  await expect(editor.attachedNames()).resolves.toEqual(['refund-screen.png']);
  await expect(editor.previewShows('refund-screen.png')).resolves.toEqual({ width: 64, height: 48 });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.attachments.getByRole('link', { name: 'Download refund-screen.png' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('refund-screen.png');
  const saved = await download.path();
  expect(Buffer.compare(await readFile(saved), photo)).toBe(0);

  await rel4.goto();
  await expect(rel4.rowFor('E001').innerText()).resolves.toContain(rel4Rationale);
  await dashboard.goto();
  await expect.poll(() => dashboard.evidencedFigure()).toBe('2 of 21');
});

test('a file over the size limit is refused with a clear message, and nothing is added', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.field('Title').fill('Site visit photos');

  // One photo dragged in from the desktop, then one too large through the file picker.
  const small = makePng(32, 32, [200, 60, 40]);
  await editor.drop({ name: 'counter.png', mimeType: 'image/png', buffer: small });
  await expect.poll(() => editor.attachedNames()).toEqual(['counter.png']);

  const tooLarge = Buffer.concat([makePng(16, 16), Buffer.alloc(11 * 1024 * 1024)]);
  await editor.attach({ name: 'whole-shift-video.png', mimeType: 'image/png', buffer: tooLarge });
  await editor.attachmentRefusal.waitFor();
  const message = await editor.attachmentRefusal.innerText();
  expect(message).toContain('whole-shift-video.png');
  expect(message).toMatch(/10 MB/);

  await expect(editor.attachedNames()).resolves.toEqual(['counter.png']);
  await expect(editor.field('Title').inputValue()).resolves.toBe('Site visit photos');
  await expectNoAxeViolations(page, 'the evidence editor after refusing a file');
});

test('saving an item with an empty required field shows the error next to the field', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.fillBasics({ ...complaint, title: '' });
  await editor.fillFields(complaintFields);
  await editor.saveButton.click();

  await expect.poll(() => editor.errorFor('Title')).toBe('Enter a title');
  await expect(editor.errorSummary.innerText()).resolves.toContain('Enter a title');
  expect(new URL(page.url()).pathname).toBe(`/p/${portfolioId}/evidence/new`);
  await expectNoAxeViolations(page, 'the evidence editor showing an error');

  await editor.field('Title').fill(complaint.title);
  await editor.save();
  await page.getByText(`Saved E001: ${complaint.title}`).waitFor();
});
