import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findUnit } from '../../src/catalogue';
import { editFolio, rowsOf } from '../unit/folio-edit';
import { expectNoAxeViolations } from './support/axe';
import { squash } from './support/field';
import { AssessPage } from './support/pages/assess-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage, sampleLearner } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { MarkingPointPage } from './support/pages/marking-point-page';
import { WhoAreYouForm } from './support/pages/you-page';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

/*
 * The whole loop of issue 8 with nothing but files passing between two browsers (two profiles, two
 * devices): the learner marks a unit ready and exports; the assessor imports, decides every point of
 * the unit, signs it off, decides a point of another unit, and exports the return; the learner merges
 * it, sees the feedback and the locked evidence, edits an assessed item of the other unit and sees its
 * decision flagged; a return whose decision was altered after signing is refused whole.
 */

const EXT = findUnit('EXT');
if (!EXT) throw new Error('The catalogue has no unit EXT');
const assessorName = sampleLearner.assessorName;

const complaintFields = {
  'Date received': '2026-10-12',
  Channel: 'Email',
  'Formal or informal': 'Formal',
  'What the complaint was about': 'A refund of £42.50 promised on the phone had not arrived after ten working days.',
};

/** Adds a complaint record mapped to the given points. */
async function addItem(page: Page, portfolioId: string, title: string, maps: Record<string, string>): Promise<void> {
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.fillBasics({ title, kind: 'Complaint record', date: '2026-10-14', customers: 'External customers' });
  await editor.fillFields(complaintFields);
  for (const [point, rationale] of Object.entries(maps)) await editor.mapTo(point, rationale);
  await editor.save();
  await page.getByText(new RegExp(`^Saved E\\d{3}: ${title}$`)).waitFor();
}

test('learner → assessor → learner: ready, decided, signed off, sent back, merged, locked, flagged', { timeout: 300_000 }, async ({ page, newProfile }) => {
  const dir = await testTempDir();

  // ── The learner's device ────────────────────────────────────────────────────────────────────────
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.createPortfolio();
  const wholeUnit = Object.fromEntries(EXT.markingPoints.map((mp) => [mp.id, `The complaint record shows ${mp.id} from start to finish.`]));
  await addItem(page, portfolioId, 'Refund complaint handled to the end', wholeUnit);
  await addItem(page, portfolioId, 'Complaint passed to the right team', { 'REL-1': 'I worked with the refunds team to sort it.' });

  await page.goto(`/p/${portfolioId}/units/EXT`);
  await page.getByRole('button', { name: 'Mark this unit ready for assessment' }).click();
  await page.getByText('Unit 1 is marked ready for assessment.').waitFor();
  const learnerExport = new ExportPage(page, portfolioId);
  await learnerExport.goto();
  const sent = join(dir, 'from-learner.folio');
  await (await learnerExport.downloadFolio()).saveAs(sent);

  // ── The assessor's device ───────────────────────────────────────────────────────────────────────
  const other = await newProfile();
  await other.goto('/');
  await new WhoAreYouForm(other).answer('Assessor', assessorName);
  await other.getByRole('heading', { level: 1, name: 'Your assessment queue' }).waitFor();
  const assessorImport = new ImportPage(other);
  await assessorImport.goto();
  await assessorImport.choose(sent);
  await assessorImport.ready.waitFor();
  await assessorImport.importIt();
  await other.waitForURL(/\/p\/[^/]+$/);

  // The queue lists the unit the learner marked ready.
  await other.goto('/queue');
  const waiting = other.getByRole('main');
  await waiting.getByText(sampleLearner.learnerName).first().waitFor();
  expect(squash(await waiting.innerText())).toContain(`${sampleLearner.learnerName} — unit 1: ${EXT.title}`);
  await expectNoAxeViolations(other, 'the queue with a unit waiting');

  const assess = new AssessPage(other, portfolioId, 'EXT');
  await assess.goto(EXT.markingPoints[0]?.id);
  for (const point of EXT.markingPoints) {
    await assess.openPoint(point.id);
    await assess.decide({ outcome: 'Met', methods: ['Product evidence'] });
    await assess.saved(point.id).waitFor();
  }
  await assess.signOff.getByRole('button', { name: 'Sign off unit 1' }).click();
  await assess.signOff.getByText('Unit 1 is signed off.').waitFor();

  const assessRel = new AssessPage(other, portfolioId, 'REL');
  await assessRel.goto('REL-1');
  // The assessor may base a decision on an item the learner did not map here too.
  await assessRel.pointPanel().getByText('Add evidence the learner has not mapped to REL-1').click();
  await assessRel.pointPanel().getByRole('checkbox', { name: /^E001 — / }).check();
  await expectNoAxeViolations(other, 'the decision form with an unmapped item added to its basis');
  await assessRel.decide({ outcome: 'Met', methods: ['Product evidence', 'Professional discussion'] });
  await assessRel.saved('REL-1').waitFor();

  const assessorExport = new ExportPage(other, portfolioId);
  await assessorExport.goto();
  const returned = join(dir, 'return.folio');
  await (await assessorExport.downloadFolio()).saveAs(returned);

  // ── Back on the learner's device ────────────────────────────────────────────────────────────────
  const learnerImport = new ImportPage(page);
  await learnerImport.goto();
  await learnerImport.choose(returned);
  await learnerImport.ready.waitFor();
  await learnerImport.mergeIt();
  await learnerImport.merged.waitFor();
  const merged = squash(await learnerImport.merged.innerText());
  expect(merged).toContain(`${EXT.markingPoints.length + 1} assessor decisions`);
  expect(merged).toContain('1 unit sign-off');

  // The feedback is on the marking point, signed by the assessor.
  const ext1 = new MarkingPointPage(page, portfolioId, EXT.markingPoints[0]?.id ?? 'EXT-1');
  await ext1.goto();
  await page.getByText(assessorName).first().waitFor();
  expect(squash(await page.getByRole('main').innerText())).toMatch(/Met/);

  // The evidence of the signed-off unit is locked: it opens read-only and says why.
  const list = new EvidenceListPage(page, portfolioId);
  await list.goto();
  await list.open('E001');
  await page.getByText(/E001 is locked/).waitFor();
  expect(squash(await page.getByRole('main').innerText())).toContain(`signed off by ${assessorName}`);
  await expect(page.getByRole('button', { name: 'Save evidence' }).count()).resolves.toBe(0);
  await expectNoAxeViolations(page, 'a locked item on the learner’s device');

  // An assessed item of another unit, edited afterwards, flags its decision.
  const editor = await list.edit('E002');
  await editor.field('Title').fill('Complaint passed to the refunds team, with notes');
  await editor.save();
  await page.getByText(/^Saved E002: /).waitFor();
  const rel1 = new MarkingPointPage(page, portfolioId, 'REL-1');
  await rel1.goto();
  await page.getByText(/evidence changed since assessment/i).first().waitFor();
  await page.goto(`/p/${portfolioId}/units/REL`);
  await page.getByText(/evidence changed since assessment/i).first().waitFor();

  // A return whose signed decision was altered (every checksum recomputed) is refused whole.
  const tampered = await editFolio(new Uint8Array(await readFile(returned)), ({ data }) => {
    const decision = rowsOf(data, 'decisions').find((row) => row.markingPointId === 'REL-1');
    if (decision) decision.feedback = 'Excellent work throughout.';
  });
  const tamperedPath = join(dir, 'tampered-return.folio');
  await writeFile(tamperedPath, tampered);
  await learnerImport.goto();
  await learnerImport.choose(tamperedPath);
  await learnerImport.refusal.waitFor();
  const refusal = squash(await learnerImport.refusal.innerText());
  expect(refusal).toContain(`the decision on REL-1 by ${assessorName}`);
  expect(refusal).toContain('was changed after it was signed');
  expect(refusal).toContain('Nothing on this device was changed.');
});
