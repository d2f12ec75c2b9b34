import { describe, expect, it } from 'vitest';
import { currentDismissals, dismissalKey } from '../../src/domain/coach/dismissals';
import { mergeSnapshots } from '../../src/domain/merge';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { portfolioRecordSchema, type PortfolioRecord, type RecordOf } from '../../src/domain/records';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generatePortfolio } from '../../src/samples/generate';
import { editFolio, refusedWith, rowsOf } from './folio-edit';

const meta = { appVersion: '0.3.0-test', now: '2026-11-22T14:05:00.000Z' };
const learner = { role: 'learner' as const, name: 'Zoë Brontë' };

async function withDismissal(): Promise<{ snapshot: PortfolioSnapshot; dismissal: RecordOf<'coach-dismissal'> }> {
  const base = await generatePortfolio({ items: 3, seed: 5, now: meta.now });
  const item = base.evidence[0];
  if (!item) throw new Error('the sample has evidence');
  const dismissal: RecordOf<'coach-dismissal'> = {
    id: 'dismissal-1',
    portfolioId: base.portfolio.id,
    type: 'coach-dismissal',
    at: meta.now,
    by: learner,
    checkId: 'reflection-evaluation',
    evidenceId: item.id,
    reason: 'My tutor asked for a short account',
  };
  return { snapshot: { ...base, records: [...base.records, dismissal] }, dismissal };
}

describe('the coach-dismissal record', () => {
  it('travels through a .folio file unchanged and unsigned', async () => {
    const { snapshot, dismissal } = await withDismissal();
    const decoded = await decodeFolio(await encodeFolio(snapshot, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.snapshot).toStrictEqual(snapshot);
    expect(decoded.snapshot.records.find((r) => r.id === dismissal.id)).toStrictEqual(dismissal);
  });

  it('is refused in a file when it names an item the file does not hold', async () => {
    const { snapshot } = await withDismissal();
    const file = await editFolio(await encodeFolio(snapshot, meta), ({ data }) => {
      const row = rowsOf(data, 'records').find((r) => r.type === 'coach-dismissal');
      if (!row) throw new Error('no dismissal');
      row.evidenceId = 'no-such-item';
    });
    expect(refusedWith(await decodeFolio(file), 'invalid-data')).toContain('there is no evidence item with id no-such-item');
  });

  it('needs a short reason', () => {
    const ok = { id: 'd', portfolioId: 'p', type: 'coach-dismissal', at: meta.now, by: learner, checkId: 'service-plan', evidenceId: 'e', reason: 'Fine' };
    expect(portfolioRecordSchema.safeParse(ok).success).toBe(true);
    expect(portfolioRecordSchema.safeParse({ ...ok, reason: '   ' }).success).toBe(false);
    expect(portfolioRecordSchema.safeParse({ ...ok, reason: 'x'.repeat(201) }).success).toBe(false);
  });

  it('merges by union: one side’s dismissal reaches the other, and the same file twice changes nothing', async () => {
    const { snapshot, dismissal } = await withDismissal();
    const without = { ...snapshot, records: snapshot.records.filter((r) => r.id !== dismissal.id) };
    const merged = mergeSnapshots(without, snapshot);
    expect(merged.changed).toBe(true);
    expect(merged.added).toMatchObject({ records: 1, byRecordType: { 'coach-dismissal': 1 } });
    expect(merged.snapshot.records.find((r) => r.id === dismissal.id)).toStrictEqual(dismissal);
    expect(mergeSnapshots(merged.snapshot, snapshot).changed).toBe(false);
  });

  it('counts the latest dismissal of a check on an item', async () => {
    const { dismissal } = await withDismissal();
    const later: PortfolioRecord = { ...dismissal, id: 'dismissal-2', at: '2026-11-23T09:00:00.000Z', reason: 'Agreed with my assessor' };
    const other: PortfolioRecord = { ...dismissal, id: 'dismissal-3', checkId: 'service-plan' };
    const current = currentDismissals([later, dismissal, other]);
    expect(current.get(dismissalKey('reflection-evaluation', dismissal.evidenceId))?.reason).toBe('Agreed with my assessor');
    expect(current.size).toBe(2);
  });
});
