import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue } from '../../src/catalogue';
import { buildCohort, rankGaps, type CohortInput } from '../../src/domain/cohort/cohort';
import { cohortCsv } from '../../src/domain/cohort/cohort-csv';
import { filterCohort } from '../../src/domain/cohort/cohort-filter';
import { computeCoverage } from '../../src/domain/coverage';
import { fileNameStem } from '../../src/domain/file-name-stem';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { keysSeenInFile } from '../../src/domain/signing/keys-seen-in-file';
import { checkSignatures } from '../../src/domain/signing/status';
import { generateCohort } from '../../src/samples/cohort';
import { expectNoAxeViolations } from './support/axe';
import { parseCsv } from '../fixtures/csv';
import { squash } from './support/field';
import { pdfPageCount, pdfText } from './support/pdf-text';
import { CohortLoadPage } from './support/pages/cohort-load-page';
import { CohortPage } from './support/pages/cohort-page';
import { ImportPage } from './support/pages/import-page';
import { IqaPage } from './support/pages/iqa-page';
import { WhoAreYouForm } from './support/pages/you-page';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

/*
 * Issue 9 end to end, as its "Tests" section asks: a tutor who was sent 30 learners' files (as
 * `npm run demo -- --cohort 30` writes them) and one that is not a portfolio at all loads them in one
 * go, finds the gaps most of the cohort shares, filters by an assessor, opens a learner from a cell and
 * comes back, and exports the CSV, which is read back against the files; then, as the IQA, samples the
 * same cohort, records outcomes and sends the IQA file, which the assessor imports and acts on.
 */

const NOW = '2026-11-22T09:00:00.000Z';
const GROUP = 'Level 3, 2026';
/** Everything but the last-activity column, which depends on the files' dates only. */
const withoutLastActivity = (rows: string[][]) => rows.map((r) => r.filter((_, i) => i !== 4));

async function writeCohort(dir: string) {
  const snapshots = await generateCohort({ learners: 30, seed: 2026, now: NOW });
  const files = new Map<string, string>();
  const inputs: CohortInput[] = [];
  for (const [i, generated] of snapshots.entries()) {
    const bytes = await encodeFolio(generated, { appVersion: 'e2e', now: NOW });
    const path = join(dir, `${String(i + 1).padStart(2, '0')}-${fileNameStem(generated.portfolio.learnerName)}.folio`);
    await writeFile(path, bytes);
    files.set(generated.portfolio.learnerName, path);
    // What the tutor should see, worked out from each file as it reads back, with the domain's own rules.
    const read = await decodeFolio(bytes);
    if (!read.ok) throw new Error(`A generated file does not read back: ${read.error.message}`);
    const s = read.snapshot;
    // Signatures as a device that has just met these keys sees them: verified, signer not confirmed.
    const checks = await checkSignatures([...s.decisions, ...s.records], keysSeenInFile(s.keys));
    const coverage = computeCoverage(catalogue, s.evidence, s.mappings, s.decisions, { versions: s.versions, records: s.records, checks });
    inputs.push({ portfolio: s.portfolio, group: GROUP, coverage, lastActivity: undefined });
  }
  // Not a portfolio at all: a spreadsheet someone renamed.
  const stranger = join(dir, 'register.folio');
  await writeFile(stranger, 'Name,Number\r\nSomeone,123\r\n');
  return { files, all: [...files.values(), stranger], expected: buildCohort(catalogue, inputs) };
}

test('a tutor loads 30 learners and a stray file, finds the shared gaps, filters, opens a learner, exports the CSV; the IQA samples and the assessor acts', { timeout: 300_000 }, async ({ page, newProfile }) => {
  const dir = await testTempDir();
  const { files, all, expected } = await writeCohort(dir);

  // ── The tutor's first visit ─────────────────────────────────────────────────────────────────────
  await page.goto('/');
  await new WhoAreYouForm(page).answer('Tutor or internal quality assurer (IQA)', 'Nia Roberts');
  await page.waitForURL(/\/cohort$/);
  await page.getByRole('link', { name: 'Load learners’ files' }).first().click();
  const load = new CohortLoadPage(page);
  await page.getByRole('heading', { name: 'Load learners’ files', level: 1 }).waitFor();
  const summary = await load.load(all, { group: GROUP });
  expect(summary).toBe('31 files: 30 loaded, 1 refused.');
  const results = await load.results();
  expect(results.filter((r) => r.startsWith('Loaded: '))).toHaveLength(30);
  expect(results.at(-1)).toMatch(/^Refused: register\.folio — .+/);

  // ── The cohort: the gaps most learners share ───────────────────────────────────────────────────
  await page.getByRole('link', { name: 'See the cohort' }).click();
  const cohort = new CohortPage(page);
  await cohort.grid.waitFor();
  const ranked = rankGaps(expected.gaps, 'lacking');
  const topThree = await cohort.topGaps.getByRole('listitem').allInnerTexts();
  expect(topThree.map((t) => t.split(':')[0])).toEqual(ranked.slice(0, 3).map((g) => g.pointId));
  expect(topThree[0]).toContain(`lacking for ${ranked[0]?.lacking ?? -1} of 30 learners`);
  await cohort.sortGaps('Catalogue order');
  await expect.poll(() => cohort.gapOrder()).toEqual(expected.gaps.map((g) => g.pointId));
  await cohort.sortGaps('Most learners lacking first');
  await expect.poll(() => cohort.gapOrder()).toEqual(ranked.map((g) => g.pointId));
  await expectNoAxeViolations(page, 'the cohort of 30 learners');

  // Filter by the assessor with the fewest learners (all their rows fit on screen).
  const counts = expected.assessors
    .map((name) => ({ name, learners: filterCohort(expected, { assessor: name }, catalogue).learners }))
    .filter((a) => a.learners.length > 0)
    .sort((a, b) => a.learners.length - b.learners.length);
  const assessor = counts[0];
  if (!assessor) throw new Error('The generated cohort names no assessor');
  await cohort.filter('Assessor', assessor.name);
  await expect.poll(async () => (await cohort.learners()).sort()).toEqual(assessor.learners.map((l) => l.learnerName).sort());
  const filteredUrl = page.url();
  expect(new URL(filteredUrl).searchParams.get('assessor')).toBe(assessor.name);

  // Open a learner's portfolio at the most shared gap from their cell, then come back to that cell.
  const learner = assessor.learners[0];
  const top = ranked[0];
  if (!learner || !top) throw new Error('Nothing to open');
  const cell = cohort.cell(learner.learnerName, top.pointId);
  const href = await cell.getAttribute('href');
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Marking point ${top.pointId}` }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/p/${learner.portfolioId}/points/${top.pointId}`);
  await cohort.backToCohort.click();
  await page.waitForURL(filteredUrl);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).toBe(href);

  // The CSV of what the filter shows, read back against the files.
  const download = await cohort.downloadCsv();
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const rows = parseCsv((await readFile(saved, 'utf8')).replace(/^\uFEFF/, ''));
  expect(withoutLastActivity(rows)).toEqual(withoutLastActivity(parseCsv(cohortCsv(filterCohort(expected, { assessor: assessor.name }, catalogue)))));
  expect(rows).toHaveLength(assessor.learners.length + 2);

  // The cohort PDF of the whole cohort: the shared gaps first, then a page per unit.
  await cohort.filter('Assessor', 'Every assessor');
  await expect.poll(() => new URL(page.url()).searchParams.has('assessor')).toBe(false);
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the cohort PDF' }).click()]);
  const pdfPath = join(dir, pdfDownload.suggestedFilename());
  await pdfDownload.saveAs(pdfPath);
  const pages = (await pdfText(pdfPath)).split('\f').map(squash);
  expect(pages[0]).toContain('30 learners');
  expect(pages[0]).toContain(`1. ${ranked[0]?.pointId ?? '?'}, lacked by ${ranked[0]?.lacking ?? -1} of 30`);
  for (const unit of catalogue.units) expect(pages.some((text) => text.includes(`Unit ${unit.number}: ${unit.title}`))).toBe(true);
  expect(await pdfPageCount(pdfPath)).toBeGreaterThanOrEqual(1 + catalogue.units.length);

  // ── The IQA samples the same cohort ────────────────────────────────────────────────────────────
  const iqa = new IqaPage(page);
  await iqa.goto();
  await iqa.propose({ name: 'Interim sample, autumn term', share: 25, stage: 'Interim', seed: 11 });
  const titles = await iqa.lineTitles();
  expect(titles.length).toBeGreaterThan(0);
  await iqa.line(titles[0] ?? '').getByText('Chosen because:').waitFor();
  const actionLine = titles[0] ?? '';
  await iqa.record(actionLine, 'Assessor to action', 'The feedback should say which standard was met, with its number.');
  await iqa.line(actionLine).getByText('IQA outcome: Assessor to action').waitFor();
  if (titles[1]) {
    await iqa.record(titles[1], 'Agreed');
    await iqa.line(titles[1]).getByText('Outcome recorded and signed: Agreed.').waitFor();
  }
  await expectNoAxeViolations(page, 'a sampling round of the 30-learner cohort');
  const iqaFile = join(dir, 'autumn.folio-iqa');
  await (await iqa.exportIqaFile()).saveAs(iqaFile);

  // ── The assessor, holding that learner's portfolio, imports the IQA file ───────────────────────
  const learnerName = actionLine.split(' — ')[0] ?? '';
  const learnerFile = files.get(learnerName);
  if (!learnerFile) throw new Error(`No file for ${learnerName}`);
  const other = await newProfile();
  await other.goto('/');
  await new WhoAreYouForm(other).answer('Assessor', 'Ade Assessor');
  await other.getByRole('heading', { level: 1, name: 'Your assessment queue' }).waitFor();
  const importPage = new ImportPage(other);
  await importPage.goto();
  await importPage.choose(learnerFile);
  await importPage.importIt();
  await other.waitForURL(/\/p\/[^/]+$/);
  await other.goto('/queue');
  await other.getByLabel('IQA file', { exact: true }).setInputFiles(iqaFile);
  await other.getByText(new RegExp(`^${learnerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ outcomes? added`)).waitFor();
  await other.getByRole('link', { name: `${actionLine}: Assessor to action` }).click();
  const note = other.getByRole('region', { name: 'Quality assurance of this decision' });
  await note.getByText('The feedback should say which standard was met, with its number.').waitFor();
  await note.getByText(/Nia Roberts/).waitFor();
});
