import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { gapsOf, rankGaps, type Cohort, type CohortLearner } from '../../src/domain/cohort/cohort';
import type { CoverageStatus } from '../../src/domain/coverage';
import { describeFilter, filterCohort } from '../../src/domain/cohort/cohort-filter';
import { buildCohortPdfModel, POINTS_PER_PAGE, renderCohortPdf, type CohortPdfInput } from '../../src/pdf/cohort';
import { loadFontNode } from '../../src/pdf/render/font-node';
import { COHORT_NOW, testCohort } from './cohort-fixtures';
import { pageCount, pagesText, squash, writeTemp } from './pdf-helpers';

let cohort: Cohort;
let big: Cohort;

beforeAll(async () => {
  cohort = (await testCohort(8)).cohort;
  big = (await testCohort(60, 6)).cohort;
}, 60_000);

async function render(input: Omit<CohortPdfInput, 'catalogue' | 'generatedAt'>): Promise<{ pages: string[]; path: string }> {
  const bytes = await renderCohortPdf({ catalogue, generatedAt: COHORT_NOW, ...input }, await loadFontNode());
  const path = writeTemp(bytes);
  return { pages: pagesText(path), path };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('the cohort PDF', { timeout: 60_000 }, () => {
  it('opens with the shared-gap ranking, most lacked first, and the cohort’s size', async () => {
    const { pages } = await render({ cohort });
    const first = squash(pages[0] ?? '');
    expect(first).toContain('The gaps learners share');
    expect(first).toContain('8 learners · 21 marking points');
    const ranked = rankGaps(cohort.gaps, 'lacking');
    const top = ranked[0];
    if (!top) throw new Error('no gaps');
    expect(top.lacking).toBeGreaterThan(0);
    expect(first).toContain(`1. ${top.pointId}, lacked by ${top.lacking} of 8 (${Math.round((top.lacking / 8) * 100)} %): ${squash(top.text)}`);
    // The table lists every point in ranking order: the first row's id comes before the last's.
    const last = ranked.at(-1);
    const rows = pages[0]?.split('\n').filter((l) => /^\s*\d+\s+[A-Z]{3}-\d\s/.test(l)) ?? [];
    expect(rows[0]).toMatch(new RegExp(`^\\s*1\\s+${top.pointId}\\s`));
    const secondRows = pages[1]?.split('\n').filter((l) => /^\s*\d+\s+[A-Z]{3}-\d\s/.test(l)) ?? [];
    expect(rows.length + secondRows.length).toBe(21);
    expect(secondRows.at(-1) ?? rows.at(-1)).toMatch(new RegExp(`^\\s*21\\s+${last?.pointId}\\s`));
  });

  it('gives each unit a page of its own, with every learner’s status on each point as a symbol and a word', async () => {
    const { pages, path } = await render({ cohort });
    // The ranking (its 21 points with their full text run over two pages), five units, the learners' totals.
    const firstUnit = pages.findIndex((p) => squash(p).includes('Unit 1: '));
    expect(firstUnit).toBe(2);
    expect(pageCount(path)).toBe(firstUnit + catalogue.units.length + 1);
    for (const [i, unit] of catalogue.units.entries()) {
      const page = pages[firstUnit + i] ?? '';
      expect(squash(page)).toContain(`Unit ${unit.number}: ${squash(unit.title)}`);
      expect(squash(page)).toContain('Key: ○ No evidence ◔ Evidenced ▷ Ready (ready for assessment) ✓ Met ◐ Partly met (partially met) ✗ Not yet met ⚠ Changed (evidence changed since assessment)');
      const gaps = cohort.gaps.filter((g) => g.unitId === unit.id);
      // Each cell without evidence reads "○ No evidence"; the key says it once more.
      expect(count(page, '○ No evidence')).toBe(gaps.reduce((n, g) => n + g.noEvidence, 0) + 1);
      expect(count(page, '✗ Not yet met')).toBe(gaps.reduce((n, g) => n + g.notYetMet, 0) + 1);
      const met = cohort.learners.reduce((n, l) => n + unit.markingPoints.filter((p) => l.statuses.get(p.id) === 'met').length, 0);
      expect(count(page, '✓ Met')).toBe(met + 1);
      for (const l of cohort.learners) expect(page).toContain(l.learnerName);
    }
    const learners = pages.at(-1) ?? '';
    expect(learners).toContain('Each learner');
    // The three learners the tutor put in a group, and both assessors.
    expect(count(learners, 'September intake')).toBe(3);
    expect(learners).toContain('Morgan Ellis');
    expect(learners).toContain('Sam Okafor');
  });

  it('runs a unit over more pages when the learners overflow, repeating the header row', async () => {
    const { pages } = await render({ cohort: big });
    const ext = pages.flatMap((p, i) => (p.includes('Learner') && /EXT-1\s+EXT-2\s+EXT-3/.test(p) ? [i] : []));
    expect(ext.length).toBeGreaterThan(1);
    // The key on every page of the unit, not only the first.
    for (const i of ext) expect(squash(pages[i] ?? '')).toContain('Key: ○ No evidence ◔ Evidenced');
    const names = big.learners.map((l) => l.learnerNumber);
    const printed = ext.flatMap((i) => names.filter((n) => pages[i]?.includes(n)));
    expect(new Set(printed).size).toBe(60);
  });

  it('prints what the filters leave, and says which filter', async () => {
    const filter = { unit: 'PRN', assessor: 'Sam Okafor' };
    const view = filterCohort(cohort, filter, catalogue);
    const { pages, path } = await render({ cohort, view, filterNote: describeFilter(filter, catalogue), title: 'Tuesday group' });
    // One page of ranking (four points), one unit page, the learners' totals.
    expect(pageCount(path)).toBe(3);
    const first = squash(pages[0] ?? '');
    expect(first).toContain('Tuesday group');
    expect(first).toContain(`${view.learners.length} learners · 4 marking points`);
    expect(first).toContain('Showing: Unit 2: Principles of customer service · assessor Sam Okafor');
    expect(first).not.toContain('EXT-1');
    const unit = pages[1] ?? '';
    for (const l of cohort.learners) expect(unit.includes(l.learnerNumber)).toBe(view.learners.includes(l));
  });

  it('reports each unit laid out, and stops with an AbortError when cancelled', async () => {
    const seen: [number, number][] = [];
    const fonts = await loadFontNode();
    await renderCohortPdf({ catalogue, cohort, generatedAt: COHORT_NOW }, fonts, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual(catalogue.units.map((_, i) => [i + 1, catalogue.units.length]));
    const controller = new AbortController();
    const cancelled = renderCohortPdf({ catalogue, cohort, generatedAt: COHORT_NOW }, fonts, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an empty cohort still makes a PDF that says there is no one to report on', async () => {
    const empty: Cohort = { learners: [], gaps: [], assessors: [], groups: [], numberClashes: new Map() };
    const { pages, path } = await render({ cohort: empty });
    expect(pageCount(path)).toBe(1);
    expect(squash(pages[0] ?? '')).toContain('No learners match, so there is no unit page to print.');
  });
});

/** A learner as the cohort holds one, with the statuses and unit progress a test needs. */
function learner(id: string, statuses: Record<string, CoverageStatus>, metInExt: number): CohortLearner {
  return {
    portfolioId: id,
    learnerName: `Learner ${id}`,
    learnerNumber: `N-${id}`,
    assessorName: 'Morgan Ellis',
    decisionAssessors: [],
    statuses: new Map(Object.entries(statuses)),
    signatureIssues: new Map(),
    met: metInExt,
    evidenced: 3,
    total: 21,
    units: [{ unitId: 'EXT', met: metInExt, evidenced: 3, total: 3 }],
    sharesNumberWith: [],
  };
}

describe('the cohort PDF model', () => {
  it('counts a unit as met from the learner’s progress (signed, current decisions), not from outcomes alone', () => {
    // Learner b's three outcomes say "met", but one decision's signature fails: two of three count.
    const learners = [learner('a', { 'EXT-1': 'met', 'EXT-2': 'met', 'EXT-3': 'met' }, 3), learner('b', { 'EXT-1': 'met', 'EXT-2': 'met', 'EXT-3': 'met' }, 2), learner('c', { 'EXT-1': 'evidenced', 'EXT-2': 'none', 'EXT-3': 'not-yet-met' }, 0)];
    const small: Cohort = { learners, gaps: gapsOf(catalogue, learners), assessors: ['Morgan Ellis'], groups: [], numberClashes: new Map() };
    const model = buildCohortPdfModel({ catalogue, cohort: small, generatedAt: COHORT_NOW, view: filterCohort(small, { unit: 'EXT' }, catalogue) });
    expect(model.units.map((u) => u.intro)).toEqual(['3 learners; 1 has every point of this unit met. The point most lacked here is EXT-2, by 1 of 3 (33 %).']);
    expect(model.units[0]?.tables[0]?.rows.map((r) => r.progress)).toEqual(['3 of 3 met\n3 with evidence', '2 of 3 met\n3 with evidence', '0 of 3 met\n3 with evidence']);
    expect(model.units[0]?.tables[0]?.rows[2]?.cells).toEqual([
      { text: '◔ Evidenced', tone: 'plain' },
      { text: '○ No evidence', tone: 'lacking' },
      { text: '✗ Not yet met', tone: 'lacking' },
    ]);
  });

  it('flags a learner whose number another portfolio shares', () => {
    const [a, b, ...rest] = cohort.learners;
    if (!a || !b) throw new Error('too few learners');
    const clashing: Cohort = { ...cohort, learners: [{ ...a, sharesNumberWith: [b.portfolioId] }, b, ...rest] };
    const model = buildCohortPdfModel({ catalogue, cohort: clashing, generatedAt: COHORT_NOW });
    const row = model.learners.rows.find((r) => r[0]?.includes(a.learnerNumber));
    expect(row?.[0]).toBe(`${a.learnerName}\n${a.learnerNumber}\nShares this learner number with 1 other portfolio`);
    expect(model.learners.rows.filter((r) => r[0]?.includes('Shares this learner number'))).toHaveLength(1);
  });

  it('splits a unit with more points than fit a page, naming which points each part holds', () => {
    const [, , , rel, imp] = catalogue.units;
    if (!rel || !imp) throw new Error('catalogue changed');
    const wide = { ...catalogue, units: [{ ...rel, markingPoints: [...rel.markingPoints, ...imp.markingPoints] }] };
    const model = buildCohortPdfModel({ catalogue: wide, cohort, generatedAt: COHORT_NOW });
    const [unit] = model.units;
    expect(unit?.tables.map((t) => t.note)).toEqual([`Marking points 1–${POINTS_PER_PAGE} of 10`, `Marking points ${POINTS_PER_PAGE + 1}–10 of 10`]);
    expect(unit?.tables[1]?.head).toEqual(['Learner', 'Unit progress', ...imp.markingPoints.slice(POINTS_PER_PAGE - rel.markingPoints.length).map((p) => p.id)]);
  });
});
