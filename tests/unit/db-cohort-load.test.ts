import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, setDatabase } from '../../src/db';
import { listDeviceLearners, loadIntoDevice, removePortfolios, setGroup } from '../../src/db/cohort-load';
import { PORTFOLIO_TABLES } from '../../src/db/portfolio-tables';
import { learnerNumberClashes } from '../../src/domain/cohort/learner-number-clashes';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generateCohort } from '../../src/samples/cohort';

const NOW = '2026-11-22T10:00:00.000Z';
let cohort: PortfolioSnapshot[];

beforeAll(async () => {
  cohort = await generateCohort({ learners: 4, seed: 3, now: NOW });
});
beforeEach(() => {
  setDatabase(new FolioDatabase(`cohort-load-${crypto.randomUUID()}`));
});

const learner = (i: number): PortfolioSnapshot => {
  const s = cohort[i];
  if (!s) throw new Error(`no learner ${i}`);
  return s;
};

async function rowsOf(portfolioId: string): Promise<number> {
  const counts = await Promise.all(PORTFOLIO_TABLES.map((name) => db().table(name).where('portfolioId').equals(portfolioId).count()));
  return counts.reduce((a, b) => a + b, 0) + (await db().portfolios.where('id').equals(portfolioId).count());
}

describe('loadIntoDevice', () => {
  it('loads a new learner, finds the same file up to date, and merges a newer one as updated', async () => {
    const first = learner(1);
    expect(await loadIntoDevice(first)).toEqual({ outcome: 'loaded', portfolioId: first.portfolio.id, learnerName: first.portfolio.learnerName, conflicts: 0 });
    expect(await db().decisions.where('portfolioId').equals(first.portfolio.id).count()).toBe(first.decisions.length);

    expect((await loadIntoDevice(first)).outcome).toBe('up-to-date');

    const later = { id: 'ready-later', portfolioId: first.portfolio.id, type: 'ready' as const, at: '2026-11-21T09:00:00.000Z', by: { role: 'learner' as const, name: first.portfolio.learnerName }, unitId: 'IMP', ready: true };
    const newer: PortfolioSnapshot = { ...first, records: [...first.records, later] };
    expect((await loadIntoDevice(newer)).outcome).toBe('updated');
    expect(await db().records.get('ready-later')).toMatchObject({ unitId: 'IMP' });
    expect(await db().portfolios.count()).toBe(1);
  });

  it('labels what it loads with the group given, trimmed, and keeps the label on a later load without one', async () => {
    await loadIntoDevice(learner(0), { group: '  2026 September intake ' });
    await loadIntoDevice(learner(0));
    expect((await listDeviceLearners()).map((l) => l.group)).toEqual(['2026 September intake']);
    await setGroup([learner(0).portfolio.id], '');
    expect((await listDeviceLearners())[0]?.group).toBeUndefined();
  });

  it('keeps two portfolios that share a learner number apart, and they are flagged', async () => {
    const a = learner(0);
    const b: PortfolioSnapshot = { ...learner(2), portfolio: { ...learner(2).portfolio, learnerNumber: ` ${a.portfolio.learnerNumber.toLowerCase()}` } };
    expect((await loadIntoDevice(a)).outcome).toBe('loaded');
    expect((await loadIntoDevice(b)).outcome).toBe('loaded');
    const here = await db().portfolios.toArray();
    expect(here).toHaveLength(2);
    expect(learnerNumberClashes(here).get(a.portfolio.id)).toEqual([b.portfolio.id]);
  });
});

describe('removePortfolios', () => {
  it('removes every row of the portfolios named and leaves the others whole', async () => {
    for (const i of [0, 1, 2]) await loadIntoDevice(learner(i), { group: 'G' });
    const kept = learner(1).portfolio.id;
    const keptRows = await rowsOf(kept);
    await removePortfolios([learner(0).portfolio.id, learner(2).portfolio.id]);
    expect(await rowsOf(learner(0).portfolio.id)).toBe(0);
    expect(await rowsOf(learner(2).portfolio.id)).toBe(0);
    expect(await rowsOf(kept)).toBe(keptRows);
    expect((await listDeviceLearners()).map((l) => l.portfolioId)).toEqual([kept]);
  });
});
