import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue } from '../../src/catalogue';
import { buildCohort, rankGaps, type CohortInput } from '../../src/domain/cohort/cohort';
import { filterCohort } from '../../src/domain/cohort/cohort-filter';
import { cohortCsv } from '../../src/domain/cohort/cohort-csv';
import { computeCoverage, statusLabels } from '../../src/domain/coverage';
import { encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generatePortfolio } from '../../src/samples/generate';
import { expectNoAxeViolations, pageScrollsHorizontally } from './support/axe';
import { CohortPage } from './support/pages/cohort-page';
import { ImportPage } from './support/pages/import-page';
import { WhoAreYouForm } from './support/pages/you-page';
import { statusSymbols } from '../../src/ui/status-badge';
import { parseCsv } from '../fixtures/csv';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

/*
 * The tutor's cohort view in Chromium: learners' files loaded through the Import page, the shared gaps
 * sorted, the cohort filtered by an assessor, a learner opened from a cell and back to the same cell, and
 * the CSV downloaded and read back against what the files hold.
 */

const now = '2026-11-30T10:00:00.000Z';

/** Four learners, two per assessor; one named like a spreadsheet formula, as a hostile file might be. */
const learners = [
  { learnerName: 'Aoife O’Brien', learnerNumber: 'L3-101', assessor: 'Morgan Ellis' },
  { learnerName: 'Dev Patel', learnerNumber: 'L3-102', assessor: 'Sam Okafor' },
  { learnerName: '=HYPERLINK("http://example.invalid")', learnerNumber: 'L3-103', assessor: 'Sam Okafor' },
  { learnerName: 'Owen Hughes', learnerNumber: 'L3-104', assessor: 'Morgan Ellis' },
];

async function cohortFiles(): Promise<PortfolioSnapshot[]> {
  return Promise.all(
    learners.map(async (l, i) => {
      const s = await generatePortfolio({ items: 10 + 4 * i, seed: 900 + i, now, imageEvery: 0 });
      const assessor = { role: 'assessor' as const, name: l.assessor };
      return {
        ...s,
        portfolio: { ...s.portfolio, learnerName: l.learnerName, learnerNumber: l.learnerNumber, assessorName: l.assessor },
        decisions: s.decisions.map((d) => ({ ...d, assessor })),
      };
    }),
  );
}

/** What the view should show, worked out from the files themselves with the domain's own rules. */
function expectedCohort(snapshots: readonly PortfolioSnapshot[]) {
  const inputs: CohortInput[] = snapshots.map((s) => ({
    portfolio: s.portfolio,
    coverage: computeCoverage(catalogue, s.evidence, s.mappings, s.decisions, { versions: s.versions, records: s.records, checks: new Map() }),
    lastActivity: undefined,
  }));
  return buildCohort(catalogue, inputs);
}

/** RFC 4180 as the CSV writes it: quoted cells may hold commas, quotes (doubled) and line breaks. */
const withoutLastActivity = (rows: string[][]) => rows.map((r) => r.filter((_, i) => i !== 4));

test('a tutor loads learners’ files, finds the most shared gap, filters by an assessor, opens a learner and comes back, and downloads the CSV', { timeout: 180_000 }, async ({ page }) => {
  const snapshots = await cohortFiles();
  const dir = await testTempDir();
  const files: string[] = [];
  for (const [i, s] of snapshots.entries()) {
    const path = join(dir, `learner-${i + 1}.folio`);
    await writeFile(path, await encodeFolio(s, { appVersion: 'e2e', now }));
    files.push(path);
  }
  const expected = expectedCohort(snapshots);

  // A tutor's first visit: the cohort is their home, empty until learners' files are loaded.
  await page.goto('/');
  await new WhoAreYouForm(page).answer('Tutor or internal quality assurer (IQA)', 'Tara Quinn');
  await page.waitForURL(/\/cohort$/);
  await page.getByRole('heading', { name: 'No learners yet' }).waitFor();
  await expectNoAxeViolations(page, 'the cohort with no learners');

  const importPage = new ImportPage(page);
  for (const file of files) {
    await importPage.goto();
    await importPage.choose(file);
    await importPage.ready.waitFor();
    await importPage.importIt();
    await page.waitForURL(/\/p\/[^/]+$/);
  }

  const cohort = new CohortPage(page);
  await cohort.goto();
  await cohort.grid.waitFor();
  expect((await cohort.learners()).sort()).toEqual(learners.map((l) => l.learnerName).sort());
  await expectNoAxeViolations(page, 'the cohort view');

  // The most shared gaps: at the top, and the gap table sorted by them (the sort kept in the address).
  const ranked = rankGaps(expected.gaps, 'lacking');
  await cohort.sortGaps('Catalogue order');
  await page.waitForURL(/\?sort=catalogue$/);
  // The table re-sorts after the address changes: wait for it rather than read it once.
  await expect.poll(() => cohort.gapOrder()).toEqual(expected.gaps.map((g) => g.pointId));
  await cohort.sortGaps('Most learners lacking first');
  await page.waitForURL(/\/cohort$/);
  await expect.poll(() => cohort.gapOrder()).toEqual(ranked.map((g) => g.pointId));
  const topThree = await cohort.topGaps.getByRole('listitem').allInnerTexts();
  expect(topThree.map((t) => t.split(':')[0])).toEqual(ranked.slice(0, 3).map((g) => g.pointId));
  const top = ranked[0];
  if (!top) throw new Error('The generated cohort has no marking points');
  expect(topThree[0]).toContain(`lacking for ${top.lacking} of 4 learners`);

  // Filter by an assessor: only their learners stay, and the address says so.
  await cohort.filter('Assessor', 'Sam Okafor');
  await page.waitForURL(/\?assessor=Sam\+Okafor$/);
  const samsLearners = learners.filter((l) => l.assessor === 'Sam Okafor').map((l) => l.learnerName);
  await expect.poll(async () => (await cohort.learners()).sort()).toEqual([...samsLearners].sort());
  await expectNoAxeViolations(page, 'the cohort filtered by an assessor');

  // Open Dev Patel's portfolio at the most shared gap from the grid, then come back to the same cell.
  const cell = cohort.cell('Dev Patel', top.pointId);
  const cellName = await cell.getAttribute('href');
  const dev = expected.learners.find((l) => l.learnerName === 'Dev Patel');
  const status = dev?.statuses.get(top.pointId) ?? 'none';
  expect(await cell.getAttribute('aria-label')).toBe(`Dev Patel, ${top.pointId}: ${statusLabels[status]}`);
  expect(await cell.innerText()).toBe(statusSymbols[status]);
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/p/${dev?.portfolioId ?? ''}/points/${top.pointId}$`));
  expect(cellName).toBe(`/p/${dev?.portfolioId ?? ''}/points/${top.pointId}`);
  await page.getByRole('heading', { level: 1, name: `Marking point ${top.pointId}` }).waitFor();
  await cohort.backToCohort.click();
  await page.waitForURL(/\/cohort\?assessor=Sam\+Okafor$/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).toBe(cellName);
  await expect.poll(async () => (await cohort.learners()).sort()).toEqual([...samsLearners].sort());

  // The CSV holds what the filtered view shows, names from files escaped so no spreadsheet runs them.
  const download = await cohort.downloadCsv();
  expect(download.suggestedFilename()).toMatch(/^cohort-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const text = (await readFile(saved, 'utf8')).replace(/^\uFEFF/, '');
  const rows = parseCsv(text);
  const view = filterCohort(expected, { assessor: 'Sam Okafor' }, catalogue);
  expect(withoutLastActivity(rows)).toEqual(withoutLastActivity(parseCsv(cohortCsv(view))));
  expect(rows.map((r) => r[0])).toContain('\'=HYPERLINK("http://example.invalid")');
  expect(rows.slice(1, -1).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[4] ?? ''))).toBe(true);

  // On a phone the grid scrolls inside its own box; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await cohort.goto();
  await cohort.grid.waitFor();
  expect(await pageScrollsHorizontally(page)).toMatchObject({ scrolls: false });
  await expectNoAxeViolations(page, 'the cohort view on a phone');
});
