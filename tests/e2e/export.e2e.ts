import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue } from '../../src/catalogue';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';
import { expectNoAxeViolations } from './support/axe';
import { squash } from './support/field';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage, sampleLearner } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { pdfImageCount, pdfPageCount, pdfText } from './support/pdf-text';
import { makePng } from './support/png';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';

// What "Load the demo portfolio" writes: the same items, mappings and photos, with other ids.
const demo = await buildDemoPortfolio({ now: new Date().toISOString(), newId: () => crypto.randomUUID() });

describe('export and import', () => {
  test('the demo portfolio becomes a PDF an assessor can read', { timeout: 180_000 }, async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    await exportPage.keepAllAsMine();

    const download = await exportPage.createPdf();
    expect(download.suggestedFilename()).toMatch(/^zoë-brontë-portfolio-\d{4}-\d{2}-\d{2}\.pdf$/);
    // The browser deletes a download when its context closes: keep a copy first.
    const pdfPath = join(await testTempDir(), 'portfolio.pdf');
    await download.saveAs(pdfPath);
    await exportPage.pdfReady.waitFor();
    await expectNoAxeViolations(page, 'the export page with a PDF ready');

    const bytes = await readFile(pdfPath);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPageCount(pdfPath);
    expect(pages).toBeGreaterThan(5);
    // The demo's photos are drawn in the PDF, not only listed.
    await expect(pdfImageCount(pdfPath)).resolves.toBe(demo.attachments.length);
    await expect(exportPage.pdfReady.innerText()).resolves.toContain(`${pages} pages`);

    const text = squash(await pdfText(pdfPath));
    const points = catalogue.units.flatMap((u) => u.markingPoints);
    const expected = [
      // The cover, in the learner's own spelling.
      demo.portfolio.learnerName,
      demo.portfolio.learnerNumber,
      demo.portfolio.centre,
      demo.portfolio.assessorName,
      // Every evidence item by reference and title, every marking point by id and in full.
      ...demo.evidence.flatMap((item) => [item.ref, squash(item.title)]),
      ...points.flatMap((point) => [point.id, squash(point.text)]),
      // The footer's page numbers, on the first page and the last.
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
    ];
    // A list of what is missing reads better than a failed match against the whole document.
    expect(expected.filter((s) => !text.includes(s))).toEqual([]);
  });

  test('a .folio file carries the portfolio, photo and all, into a fresh browser profile', { timeout: 180_000 }, async ({ page, newProfile }) => {
    // On the learner's device: the demo (with its own photos), plus a photo attached to E004.
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    const editor = await new EvidenceListPage(page, portfolioId).edit('E004');
    const photo = makePng(40, 30, [20, 140, 90]);
    await editor.attach({ name: 'acknowledgement-letter.png', mimeType: 'image/png', buffer: photo });
    await expect.poll(() => editor.attachedNames()).toEqual(['acknowledgement-letter.png']);
    await editor.save();

    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    await exportPage.keepAllAsMine();
    const dir = await testTempDir();
    // The new photo is drawn in the PDF too.
    const pdfPath = join(dir, 'with-photo.pdf');
    await (await exportPage.createPdf()).saveAs(pdfPath);
    await expect(pdfImageCount(pdfPath)).resolves.toBe(demo.attachments.length + 1);
    expect(squash(await pdfText(pdfPath))).toContain('acknowledgement-letter.png');

    const download = await exportPage.downloadFolio();
    expect(download.suggestedFilename()).toMatch(/\.folio$/);
    const folioPath = join(dir, download.suggestedFilename());
    await download.saveAs(folioPath);

    // On another device, with nothing on it.
    const other = await newProfile();
    const importPage = new ImportPage(other);
    await importPage.goto();
    await importPage.choose(folioPath);
    const facts = await importPage.summary();
    expect(facts).toMatchObject({
      Learner: `${demo.portfolio.learnerName} (${demo.portfolio.learnerNumber})`,
      'Centre or employer': demo.portfolio.centre,
      'Evidence items': '20',
      'Marking point links': String(demo.mappings.length),
      'Assessor decisions': String(demo.decisions.length),
    });
    expect(facts.Attachments).toMatch(new RegExp(`^${demo.attachments.length + 1} files, `));
    await expectNoAxeViolations(other, 'the import page with a checked file ready to import');
    await importPage.importIt();

    await other.waitForURL(/\/p\/[^/]+$/);
    const importedId = decodeURIComponent(new URL(other.url()).pathname.split('/')[2] ?? '');
    const dashboard = new DashboardPage(other, importedId);
    await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');
    await expect.poll(() => dashboard.gapIds()).toEqual(['PRN-4', 'DEL-2', 'IMP-3']);
    const otherList = new EvidenceListPage(other, importedId);
    await otherList.goto();
    await expect.poll(() => otherList.countText()).toBe('Showing 20 of 20');
    await otherList.open('E004');
    const otherEditor = new EvidenceEditorPage(other, importedId);
    await otherEditor.waitUntilShown();
    await expect(otherEditor.field('Title').inputValue()).resolves.toBe(demo.evidence[3]?.title);
    await expect(otherEditor.previewShows('acknowledgement-letter.png')).resolves.toEqual({ width: 40, height: 30 });
    const [attachment] = await Promise.all([
      other.waitForEvent('download'),
      otherEditor.attachments.getByRole('link', { name: 'Download acknowledgement-letter.png' }).click(),
    ]);
    expect(Buffer.compare(await readFile(await attachment.path()), photo)).toBe(0);

    // The same file again, dragged onto the page this time, merges by default: and says nothing changed.
    await importPage.goto();
    await importPage.drop({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(folioPath) });
    await importPage.ready.waitFor();
    await importPage.mergeIt();
    await importPage.merged.waitFor();
    expect(squash(await importPage.merged.innerText())).toContain('Nothing changed: this device already had everything in this file');
    await expectNoAxeViolations(other, 'the import page after merging a file that adds nothing');

    // Nor is it written over the copy silently: Replace and Keep both are asked about.
    await importPage.goto();
    await importPage.choose(folioPath);
    await importPage.ready.waitFor();
    await importPage.otherWays();
    await importPage.conflictDialog.waitFor();
    await expectNoAxeViolations(other, 'the import page asking to replace or keep both');
    await importPage.conflictDialog.getByRole('button', { name: 'Keep both' }).click();
    await other.waitForURL(/\/p\/[^/]+$/);
    await new HomePage(other).goto();
    await expect(other.getByRole('heading', { name: 'On this device (2)' }).count()).resolves.toBe(1);
  });

  test('a corrupt file is refused with the reason, and nothing on the device changes', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.loadDemo();
    const importPage = new ImportPage(page);

    await importPage.goto();
    await importPage.choose({ name: 'holiday-photos.folio', mimeType: 'application/octet-stream', buffer: Buffer.from('These are not the bytes of a zip archive.') });
    await importPage.refusal.waitFor();
    const notZip = squash(await importPage.refusal.innerText());
    expect(notZip).toContain('holiday-photos.folio cannot be imported.');
    expect(notZip).toContain('not a zip archive');
    expect(notZip).toContain('Nothing on this device was changed.');
    await expect(importPage.ready.count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'the import page refusing a file');

    // A real portfolio file cut short, as by a broken download.
    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    await exportPage.keepAllAsMine();
    const download = await exportPage.downloadFolio();
    const dir = await testTempDir();
    const whole = join(dir, 'whole.folio');
    await download.saveAs(whole);
    const bytes = await readFile(whole);
    const truncated = join(dir, 'cut-short.folio');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));

    await importPage.goto();
    await importPage.choose(truncated);
    await importPage.refusal.waitFor();
    const cut = squash(await importPage.refusal.innerText());
    expect(cut).toContain('cut-short.folio cannot be imported.');
    expect(cut).toMatch(/damaged or incomplete/);

    // The device holds what it held before: one portfolio, as it was.
    await home.goto();
    await expect(page.getByRole('heading', { name: 'On this device (1)' }).count()).resolves.toBe(1);
    const dashboard = new DashboardPage(page, portfolioId);
    await dashboard.goto();
    await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');
  });

  test('an empty portfolio still gives a valid PDF, which says it is empty', { timeout: 180_000 }, async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.createPortfolio();
    const exportPage = new ExportPage(page, portfolioId);
    await exportPage.goto();
    const pdfPath = join(await testTempDir(), 'empty.pdf');
    await (await exportPage.createPdf()).saveAs(pdfPath);
    const pages = await pdfPageCount(pdfPath);
    const text = squash(await pdfText(pdfPath));
    const expected = [sampleLearner.learnerName, sampleLearner.centre, 'This portfolio contains no evidence yet.', `Page ${pages} of ${pages}`];
    expect(expected.filter((s) => !text.includes(s))).toEqual([]);
  });
});
