import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, setDatabase } from '../../src/db';
import { readCohortInputs, readCohortPortfolios } from '../../src/db/cohort-data';
import { setUpIdentity, signAsMe } from '../../src/db/identity';
import { decision, morgan } from './signing-helpers';

beforeEach(() => setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`)));

const details = (learnerName: string, learnerNumber: string) => ({ learnerName, learnerNumber, centre: 'Northgate', assessorName: 'Morgan Ellis', startDate: '2026-01-12' });

describe('readCohortPortfolios', () => {
  it('reads every portfolio with its group, decisions, signature checks and last activity', async () => {
    await setUpIdentity(morgan);
    const a = await createPortfolio(details('Ade Bello', 'L3-1'));
    const b = await createPortfolio(details('Bea Cole', 'L3-2'));
    await db().portfolioLocal.put({ portfolioId: a.id, group: 'September intake' });
    const signed = await signAsMe(decision(morgan, { id: crypto.randomUUID(), portfolioId: b.id, decidedAt: '2026-11-20T09:00:00.000Z' }));
    await db().decisions.add(signed);

    const all = await readCohortPortfolios();
    const byId = new Map(all.map((p) => [p.portfolio.id, p]));
    expect(byId.get(a.id)?.group).toBe('September intake');
    expect(byId.get(a.id)?.decisions).toEqual([]);
    expect(byId.get(b.id)?.group).toBeUndefined();
    expect(byId.get(b.id)?.decisions.map((d) => d.id)).toEqual([signed.id]);
    expect(byId.get(b.id)?.checks.get(signed.id)?.status).toBe('confirmed');
    expect(byId.get(b.id)?.lastActivity).toBe('2026-11-20T09:00:00.000Z');
    expect(byId.get(b.id)?.coverage.byPoint.get(signed.markingPointId)?.decision?.id).toBe(signed.id);

    const inputs = await readCohortInputs();
    expect(inputs.map((i) => i.portfolio.learnerName).sort()).toEqual(['Ade Bello', 'Bea Cole']);
  });
});
