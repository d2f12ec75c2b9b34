import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, deletePortfolio, FolioDatabase, readSnapshot, setDatabase } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { importSnapshot } from '../../src/db/import';
import { markSent } from '../../src/db/portfolio-local';
import { setGroup } from '../../src/db/cohort-load';
import { getPeopleToRedact, keepingPeopleToRedact, setPeopleToRedact } from '../../src/db/people-to-redact';
import { encodeFolio } from '../../src/domain/portfolio-file';

async function newPortfolio() {
  return createPortfolio({ learnerName: 'Sam Learner', learnerNumber: 'L1', centre: 'Centre', assessorName: 'A. Assessor', startDate: '2026-09-01' });
}

beforeEach(() => {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
});

describe('the "people to redact" list', () => {
  it('is kept per portfolio and keeps the row’s other device-only facts', async () => {
    const p = await newPortfolio();
    const other = await newPortfolio();
    await markSent(p.id, '2026-11-20T10:00:00.000Z');
    await setGroup([p.id], 'September intake');
    await setPeopleToRedact(p.id, ['Jo Bloggs', 'Łucja Nowak']);

    expect(await getPeopleToRedact(p.id)).toEqual(['Jo Bloggs', 'Łucja Nowak']);
    expect(await getPeopleToRedact(other.id)).toEqual([]);
    expect(await db().portfolioLocal.get(p.id)).toEqual({
      portfolioId: p.id,
      lastSentAt: '2026-11-20T10:00:00.000Z',
      group: 'September intake',
      peopleToRedact: ['Jo Bloggs', 'Łucja Nowak'],
    });

    // And the other way round: marking the portfolio sent keeps the list.
    await markSent(p.id, '2026-11-21T10:00:00.000Z');
    expect(await getPeopleToRedact(p.id)).toEqual(['Jo Bloggs', 'Łucja Nowak']);
  });

  it('never appears in the snapshot or the .folio file', async () => {
    const p = await newPortfolio();
    await saveEvidence({
      portfolioId: p.id,
      input: { title: 'Till receipt', kind: 'other', date: '2026-11-20', customerType: 'external', fields: { description: 'A document.' }, reflection: '', tags: [] },
      mappings: [],
    });
    await setPeopleToRedact(p.id, ['Quentinella Zebedee']);

    const snapshot = await readSnapshot(p.id);
    expect(snapshot).toBeDefined();
    if (snapshot === undefined) return;
    expect(JSON.stringify(snapshot)).not.toContain('Quentinella');
    const file = await encodeFolio(snapshot, { appVersion: 'test', now: '2026-11-22T09:00:00.000Z' });
    const text = Object.values(unzipSync(file)).map((bytes) => strFromU8(bytes, true)).join('\n');
    expect(text).toContain('Till receipt');
    expect(text).not.toContain('Quentinella');
  });

  it('goes with the portfolio when it is deleted from the device', async () => {
    const p = await newPortfolio();
    await setPeopleToRedact(p.id, ['Jo Bloggs']);
    await deletePortfolio(p.id);
    expect(await db().portfolioLocal.get(p.id)).toBeUndefined();
  });

  it('stays on the device when the portfolio is replaced by an imported copy', async () => {
    const p = await newPortfolio();
    await setPeopleToRedact(p.id, ['Jo Bloggs']);
    const snapshot = await readSnapshot(p.id);
    if (snapshot === undefined) throw new Error('no snapshot');
    const copy = { ...snapshot, portfolio: { ...snapshot.portfolio, centre: 'Replaced centre' } };
    await keepingPeopleToRedact(p.id, () => importSnapshot(copy, 'replace'));
    expect((await db().portfolios.get(p.id))?.centre).toBe('Replaced centre');
    expect(await getPeopleToRedact(p.id)).toEqual(['Jo Bloggs']);
  });
});
