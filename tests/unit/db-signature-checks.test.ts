import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, setDatabase } from '../../src/db';
import { setUpIdentity, signAsMe } from '../../src/db/identity';
import { signatureChecksOf } from '../../src/db/signature-checks';
import { decision, makeSigner, morgan, sam, signedBy } from './signing-helpers';

beforeEach(() => setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`)));

describe('signatureChecksOf', () => {
  it('checks a portfolio’s decisions against every key this device knows', async () => {
    await setUpIdentity(morgan);
    const p = await createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L3-1', centre: 'Northgate', assessorName: 'Morgan Ellis', startDate: '2026-01-12' });
    const mine = await signAsMe(decision(morgan, { id: crypto.randomUUID(), portfolioId: p.id }));
    const stranger = await makeSigner(sam);
    const theirs = await signedBy(stranger, decision(sam, { id: crypto.randomUUID(), portfolioId: p.id }));
    const unsigned = decision(sam, { id: crypto.randomUUID(), portfolioId: p.id });
    const elsewhere = await signAsMe(decision(morgan, { id: crypto.randomUUID(), portfolioId: 'another' }));
    await db().decisions.bulkAdd([mine, theirs, unsigned, elsewhere]);
    const checks = await signatureChecksOf(p.id);
    expect(checks.get(mine.id)?.status).toBe('confirmed');
    expect(checks.get(theirs.id)?.status).toBe('unknown-key');
    expect(checks.get(unsigned.id)?.status).toBe('unsigned');
    expect(checks.has(elsewhere.id)).toBe(false);
  });
});
