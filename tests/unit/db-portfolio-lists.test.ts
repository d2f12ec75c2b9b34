import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, getPortfolio, readSnapshot, setDatabase } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { addPortfolioListEntry, removePortfolioListEntry } from '../../src/db/portfolio-lists';
import { emptyFields } from '../../src/domain/evidence-kinds';
import type { EvidenceInput } from '../../src/domain/schemas';

async function newPortfolio() {
  return createPortfolio({ learnerName: 'Sam Learner', learnerNumber: 'L1', centre: 'Centre', assessorName: 'A. Assessor', startDate: '2026-09-01' });
}

async function actions(portfolioId: string) {
  return (await db().audit.where('portfolioId').equals(portfolioId).toArray()).map((a) => `${a.action}: ${a.detail}`);
}

function reflective(extra: Partial<EvidenceInput>): EvidenceInput {
  return {
    title: 'Busy week',
    kind: 'reflective-account',
    date: '2026-11-01',
    customerType: 'external',
    fields: { ...emptyFields('reflective-account'), situation: 'A busy week', actions: 'Planned the rota' },
    reflection: '',
    tags: [],
    ...extra,
  };
}

beforeEach(() => {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
});

describe('the portfolio’s legislation and policies lists', () => {
  it('add and remove names with an audit entry, and travel in the snapshot', async () => {
    const p = await newPortfolio();
    expect(await addPortfolioListEntry(p.id, 'policies', '  Customer charter ')).toBe('Customer charter');
    await addPortfolioListEntry(p.id, 'legislation', 'Financial Services and Markets Act 2000');
    expect(await getPortfolio(p.id)).toMatchObject({ policies: ['Customer charter'], legislation: ['Financial Services and Markets Act 2000'] });
    expect((await readSnapshot(p.id))?.portfolio.policies).toEqual(['Customer charter']);

    await removePortfolioListEntry(p.id, 'policies', 'Customer charter');
    const after = await getPortfolio(p.id);
    expect(after).toBeDefined();
    expect(Object.keys(after ?? {})).not.toContain('policies');
    expect(await actions(p.id)).toEqual(
      expect.arrayContaining(['standard or policy added: Customer charter', 'legislation added: Financial Services and Markets Act 2000', 'standard or policy removed: Customer charter']),
    );
  });

  it('refuse a repeated name, an empty one, or a suggested act, saying why, and change nothing', async () => {
    const p = await newPortfolio();
    await addPortfolioListEntry(p.id, 'policies', 'Customer charter');
    await expect(addPortfolioListEntry(p.id, 'policies', 'CUSTOMER CHARTER')).rejects.toThrow('“CUSTOMER CHARTER” is already in the list');
    await expect(addPortfolioListEntry(p.id, 'policies', '   ')).rejects.toThrow('Type the standard or policy to add first');
    await expect(addPortfolioListEntry(p.id, 'legislation', 'equality act 2010')).rejects.toThrow('is already offered on every item: tick it there');
    expect((await getPortfolio(p.id))?.policies).toEqual(['Customer charter']);
    expect((await getPortfolio(p.id))?.legislation).toBeUndefined();
  });

  it('gain an act or policy first typed on an item, when the item is saved, but not a suggested act', async () => {
    const p = await newPortfolio();
    await addPortfolioListEntry(p.id, 'policies', 'Customer charter');
    const saved = await saveEvidence({
      portfolioId: p.id,
      input: reflective({ legislation: ['Equality Act 2010', 'Financial Services and Markets Act 2000'], policies: ['customer charter', 'Refunds policy'], factors: ['Resources'] }),
      mappings: [],
    });
    expect(saved).toMatchObject({ legislation: ['Equality Act 2010', 'Financial Services and Markets Act 2000'], policies: ['customer charter', 'Refunds policy'], factors: ['Resources'] });
    expect(await getPortfolio(p.id)).toMatchObject({ legislation: ['Financial Services and Markets Act 2000'], policies: ['Customer charter', 'Refunds policy'] });
    expect(await actions(p.id)).toEqual(expect.arrayContaining(['legislation added: Financial Services and Markets Act 2000 (from E001)', 'standard or policy added: Refunds policy (from E001)']));
  });

  it('refuse a save that would take a list past its limit, saving nothing', async () => {
    const p = await newPortfolio();
    for (let i = 0; i < 30; i++) await addPortfolioListEntry(p.id, 'policies', `Policy ${i}`);
    await expect(saveEvidence({ portfolioId: p.id, input: reflective({ policies: ['One too many'] }), mappings: [] })).rejects.toThrow(
      'Your portfolio’s list of standards and policies would pass 30 names: remove some in Settings first',
    );
    expect(await db().evidence.count()).toBe(0);
  });
});
