import type { Page } from 'playwright-core';
import { catalogue } from '../../src/catalogue';
import { squash } from './support/field';
import { CoveragePage } from './support/pages/coverage-page';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { HomePage } from './support/pages/home-page';
import { MarkingPointPage } from './support/pages/marking-point-page';
import { UnitsPage } from './support/pages/units-page';
import { describe, expect, test } from './support/test';

// The demo portfolio: 20 items that cover 18 of the 21 marking points, leaving PRN-4, DEL-2 and
// IMP-3 without evidence; E004 and E019 are not mapped to anything.
const demoGaps = ['PRN-4', 'DEL-2', 'IMP-3'];

async function loadDemo(page: Page): Promise<string> {
  const home = new HomePage(page);
  await home.goto();
  return home.loadDemo();
}

describe('the demo portfolio', () => {
  test('shows its progress and its gaps on the dashboard', async ({ page }) => {
    const portfolioId = await loadDemo(page);
    const dashboard = new DashboardPage(page, portfolioId);
    await expect.poll(() => dashboard.evidencedFigure()).toBe('18 of 21');
    await expect.poll(() => dashboard.gapIds()).toEqual(demoGaps);
    const gapsText = await dashboard.gaps.innerText();
    expect(gapsText).toContain('Gaps: marking points with no evidence (3)');
    await expect(dashboard.recentEvidence.getByRole('link', { name: /^E\d{3} / }).count()).resolves.toBeGreaterThan(0);
  });

  test('is searched and filtered in the evidence list', async ({ page }) => {
    const portfolioId = await loadDemo(page);
    const list = new EvidenceListPage(page, portfolioId);
    await list.goto();
    await expect.poll(() => list.countText()).toBe('Showing 20 of 20');

    // Search reads titles, fields and reflections, ignoring case.
    await list.search('ISA SEASON');
    await expect.poll(() => list.refs()).toEqual(['E012', 'E013']);
    await expect(list.countText()).resolves.toBe('Showing 2 of 20');

    // The search survives a reload: it lives in the address.
    await page.reload();
    await expect.poll(() => list.refs()).toEqual(['E012', 'E013']);

    await list.clearFilters();
    await expect.poll(() => list.countText()).toBe('Showing 20 of 20');

    await list.filterKind('Complaint record');
    await expect.poll(() => list.refs()).toEqual(['E003', 'E004']);

    await list.filterKind('All kinds');
    await list.filterMappedTo('Not mapped yet');
    await expect.poll(() => list.refs()).toEqual(['E004', 'E019']);

    await list.filterMappedTo(/^Unit 2:/);
    await expect.poll(() => list.refs()).toEqual(['E005', 'E006', 'E007']);

    // Filters combine: a unit and a search term.
    await list.search('bereavement');
    await expect.poll(() => list.refs()).toEqual(['E007']);

    await list.search('no such words anywhere');
    await expect.poll(() => list.countText()).toBe('Showing 0 of 20');
    await page.getByText('No evidence matches this search and these filters.').waitFor();
  });

  test('has a coverage matrix that the arrow keys move around', async ({ page }) => {
    const portfolioId = await loadDemo(page);
    const coverage = new CoveragePage(page, portfolioId);
    await coverage.goto();
    await expect.poll(() => coverage.gapColumns()).toEqual(demoGaps);
    await expect(coverage.isMapped('E003', 'EXT-3')).resolves.toBe(true);
    await expect(coverage.isMapped('E004', 'EXT-3')).resolves.toBe(false);

    // The whole grid is one stop in the tab order; Tab lands on its first item's first cell.
    expect(await coverage.tabStops()).toBe(1);
    await coverage.tabIntoGrid();
    await expect(coverage.focusedText()).resolves.toContain('E001 mapped to EXT-1');

    await page.keyboard.press('ArrowRight');
    await expect(coverage.focusedText()).resolves.toContain('E001 not mapped to EXT-2');
    await page.keyboard.press('ArrowDown');
    await expect(coverage.focusedText()).resolves.toContain('E002 mapped to EXT-2');
    await page.keyboard.press('ArrowLeft');
    await expect(coverage.focusedText()).resolves.toContain('E002 not mapped to EXT-1');
    await page.keyboard.press('ArrowUp');
    await expect(coverage.focusedText()).resolves.toContain('E001 mapped to EXT-1');
    await page.keyboard.press('End');
    await expect(coverage.focusedText()).resolves.toContain('E001 not mapped to IMP-5');
    await page.keyboard.press('Home');
    await expect(coverage.focusedText()).resolves.toMatch(/^E001 Who our external customers are/);

    // Still one tab stop, now where the learner left it; Enter opens that item, which the demo's sign-off
    // of unit EXT has locked, so it opens read-only with the reason.
    expect(await coverage.tabStops()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/evidence\/[^/]+$/);
    await page.getByRole('heading', { name: /^E001: Who our external customers are/ }).waitFor();
    await expect(page.getByRole('note').textContent()).resolves.toMatch(/E001 is locked: unit \d+ was signed off by/);
    await expect(page.getByRole('button', { name: 'Save evidence' }).count()).resolves.toBe(0);
  });

  test('has units and marking points in the examiners’ words, with the evidence and the guidance beside them', async ({ page }) => {
    const portfolioId = await loadDemo(page);
    const units = new UnitsPage(page, portfolioId);
    await units.goto();
    await expect(units.unitLinks.allInnerTexts()).resolves.toEqual(catalogue.units.map((u) => `Unit ${u.number}: ${u.title}`));

    const prn = catalogue.units.find((u) => u.id === 'PRN');
    if (!prn) throw new Error('The catalogue has no unit PRN.');
    await units.unitLinks.filter({ hasText: `Unit ${prn.number}:` }).click();
    await units.pointCards.first().waitFor();
    await expect(units.pointCards.count()).resolves.toBe(prn.markingPoints.length);
    for (const point of prn.markingPoints) {
      await expect(units.pointCard(point.id).innerText().then(squash)).resolves.toContain(squash(point.text));
    }
    await expect(units.pointCard('PRN-3').innerText()).resolves.toContain('E007 Referral of a bereavement case to the specialist team');
    await expect(units.pointCard('PRN-4').innerText()).resolves.toContain('No evidence mapped yet');
    const guidance = squash(await units.guidance(prn.number).innerText());
    for (const text of [prn.keyConcepts[0]?.name, prn.examTips[0], prn.misconceptions[0]]) expect(guidance).toContain(squash(text ?? 'missing'));

    // A marking point's page: its words, what is mapped there and why, and the unit's guidance.
    // Followed with the keyboard: the link starts with a visually hidden "Marking point ", and a
    // synthetic click aims at that 1 px box rather than at the visible "PRN-3".
    await units.pointCard('PRN-3').getByRole('link', { name: 'Marking point PRN-3' }).press('Enter');
    const point = new MarkingPointPage(page, portfolioId, 'PRN-3');
    await point.waitUntilShown();
    // The mapped items come from a live query that may answer just after the heading shows.
    await expect.poll(() => point.mappedItems()).toEqual(['E007 Referral of a bereavement case to the specialist team']);
    await expect(point.rowFor('E007').innerText()).resolves.toContain('referred promptly and accurately');
    await expect(page.getByRole('main').innerText().then(squash)).resolves.toContain(squash(prn.markingPoints[2]?.text ?? 'missing'));
    await units.guidance(prn.number).waitFor();
  });
});
