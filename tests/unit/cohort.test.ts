import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { buildCohort, rankGaps, type CohortInput } from '../../src/domain/cohort/cohort';
import { cohortCsv } from '../../src/domain/cohort/cohort-csv';
import { describeFilter, filterCohort, filterFromSearch, filterToSearch } from '../../src/domain/cohort/cohort-filter';
import { learnerNumberClashes } from '../../src/domain/cohort/learner-number-clashes';
import { computeCoverage } from '../../src/domain/coverage';
import type { Decision, Evidence, Mapping, Portfolio } from '../../src/domain/schemas';

const NOW = '2026-11-22T10:00:00.000Z';
const points = catalogue.units.flatMap((u) => u.markingPoints.map((p) => p.id));
const [P1, P2, P3] = points as [string, string, string];

function portfolio(id: string, learnerName: string, extra: Partial<Portfolio> = {}): Portfolio {
  return { id, learnerName, learnerNumber: `N-${id}`, centre: 'C', assessorName: 'Morgan Ellis', startDate: '2026-01-01', qualificationId: catalogue.id, nextEvidenceNumber: 1, createdAt: NOW, updatedAt: NOW, ...extra };
}

function item(portfolioId: string, n: number): Evidence {
  const id = `${portfolioId}-e${n}`;
  return { id, portfolioId, number: n, ref: `E00${n}`, title: 't', kind: 'other', date: '2026-11-01', customerType: 'external', fields: { description: 'x' }, reflection: '', tags: [], version: 1, versionId: `${id}:v1`, createdAt: NOW, updatedAt: NOW };
}

function input(p: Portfolio, mapped: string[], decisions: Partial<Record<string, Decision['outcome']>> = {}, group?: string): CohortInput {
  const evidence = mapped.length ? [item(p.id, 1)] : [];
  const mappings: Mapping[] = mapped.map((point) => ({ id: `${p.id}:${point}`, portfolioId: p.id, evidenceId: `${p.id}-e1`, markingPointId: point, rationale: 'r', createdAt: NOW, updatedAt: NOW }));
  const ds: Decision[] = Object.entries(decisions).map(([point, outcome]) => ({
    id: `${p.id}-d-${point}`,
    portfolioId: p.id,
    markingPointId: point,
    outcome: outcome ?? 'met',
    feedback: 'f',
    methods: [],
    basedOn: [{ evidenceId: `${p.id}-e1`, version: 1 }],
    assessor: { role: 'assessor', name: 'Sam Okafor' },
    decidedAt: NOW,
  }));
  return { portfolio: p, group, coverage: computeCoverage(catalogue, evidence, mappings, ds), lastActivity: NOW };
}

const cohort = buildCohort(catalogue, [
  input(portfolio('b', 'Bea'), [P1, P2], { [P1]: 'not-yet-met' }, 'September'),
  input(portfolio('a', 'Ade'), [P1], {}, 'January'),
  input(portfolio('c', '=cmd|calc', { learnerNumber: 'n-a', assessorName: 'Jo Bloggs' }), []),
]);

describe('buildCohort', () => {
  it('gives one row per learner, sorted by name, with every point’s status', () => {
    expect(cohort.learners.map((l) => l.learnerName)).toEqual(['=cmd|calc', 'Ade', 'Bea']);
    const bea = cohort.learners.find((l) => l.portfolioId === 'b');
    expect(bea?.statuses.get(P1)).toBe('not-yet-met');
    expect(bea?.statuses.get(P2)).toBe('evidenced');
    expect(bea?.statuses.get(P3)).toBe('none');
    expect(bea?.evidenced).toBe(2);
    expect(bea?.decisionAssessors).toEqual(['Sam Okafor']);
  });

  it('counts a point as lacking for no evidence or not yet met', () => {
    const gap = (id: string) => cohort.gaps.find((g) => g.pointId === id);
    expect(gap(P1)).toMatchObject({ lacking: 2, noEvidence: 1, notYetMet: 1, learners: 3 });
    expect(gap(P2)).toMatchObject({ lacking: 2, noEvidence: 2, notYetMet: 0 });
    expect(gap(P3)).toMatchObject({ lacking: 3 });
  });

  it('ranks the most shared gaps first, ties in catalogue order', () => {
    const ranked = rankGaps(cohort.gaps, 'lacking');
    expect(ranked[0]?.lacking).toBe(3);
    expect(ranked.findIndex((g) => g.pointId === P1)).toBeLessThan(ranked.findIndex((g) => g.pointId === P2));
    expect(rankGaps(cohort.gaps, 'catalogue').map((g) => g.pointId)).toEqual(points);
  });

  it('lists assessors from portfolios and decisions, and the groups', () => {
    expect(cohort.assessors).toEqual(['Jo Bloggs', 'Morgan Ellis', 'Sam Okafor']);
    expect(cohort.groups).toEqual(['January', 'September']);
  });

  it('flags portfolios that share a learner number, whatever the case and spaces', () => {
    expect(learnerNumberClashes([{ id: 'x', learnerNumber: 'AB 12' }, { id: 'y', learnerNumber: 'ab12' }, { id: 'z', learnerNumber: 'ab13' }])).toEqual(
      new Map([
        ['x', ['y']],
        ['y', ['x']],
      ]),
    );
    expect(cohort.learners.find((l) => l.portfolioId === 'c')?.sharesNumberWith).toEqual(['a']);
  });
});

describe('filterCohort', () => {
  it('narrows by unit, assessor, group and status, counting gaps over what is left', () => {
    const unit = catalogue.units[0]!;
    const byUnit = filterCohort(cohort, { unit: unit.id }, catalogue);
    expect(byUnit.pointIds).toEqual(unit.markingPoints.map((p) => p.id));
    expect(byUnit.gaps).toHaveLength(unit.markingPoints.length);
    // Sam Okafor decided only for Bea; the portfolio names Morgan Ellis.
    expect(filterCohort(cohort, { assessor: 'sam okafor' }, catalogue).learners.map((l) => l.portfolioId)).toEqual(['b']);
    expect(filterCohort(cohort, { assessor: 'Morgan Ellis' }, catalogue).learners.map((l) => l.portfolioId)).toEqual(['a', 'b']);
    expect(filterCohort(cohort, { group: 'January' }, catalogue).learners.map((l) => l.portfolioId)).toEqual(['a']);
    const notYet = filterCohort(cohort, { status: 'not-yet-met' }, catalogue);
    expect(notYet.learners.map((l) => l.portfolioId)).toEqual(['b']);
    expect(notYet.gaps.find((g) => g.pointId === P1)).toMatchObject({ lacking: 1, learners: 1 });
  });

  it('reads the filter from a URL, dropping a unit or status that does not exist, and writes it back', () => {
    const unit = catalogue.units[1]!.id;
    const params = new URLSearchParams({ unit, status: 'met', assessor: ' Jo ', group: 'x', sort: 'lacking' });
    const filter = filterFromSearch(params, catalogue);
    expect(filter).toEqual({ unit, status: 'met', assessor: 'Jo', group: 'x' });
    expect(filterFromSearch(new URLSearchParams({ unit: 'nope', status: 'great' }), catalogue)).toEqual({});
    const back = filterToSearch({ unit }, params);
    expect(back.get('unit')).toBe(unit);
    expect(back.get('status')).toBeNull();
    expect(back.get('sort')).toBe('lacking');
    expect(describeFilter({}, catalogue)).toBe('Every learner and marking point');
    expect(describeFilter({ assessor: 'Jo' }, catalogue)).toBe('assessor Jo');
  });
});

describe('cohortCsv', () => {
  const rows = cohortCsv(filterCohort(cohort, {}, catalogue)).split('\r\n');

  it('has a header, one row per learner, a totals row and a final line end', () => {
    expect(rows).toHaveLength(cohort.learners.length + 3);
    expect(rows.at(-1)).toBe('');
    expect(rows[0]?.split(',').slice(9)).toEqual(points);
    expect(rows.at(-2)?.startsWith('Learners lacking')).toBe(true);
  });

  it('writes statuses in words and escapes a name that would run as a formula', () => {
    expect(rows[1]?.startsWith(`"'=cmd|calc"`)).toBe(true);
    const bea = rows.find((r) => r.startsWith('Bea'))?.split(',');
    expect(bea?.slice(0, 4)).toEqual(['Bea', 'N-b', 'September', 'Morgan Ellis']);
    expect(bea?.[9]).toBe('Not yet met');
    expect(bea?.[10]).toBe('Evidenced');
  });
});
