import { describe, expect, it } from 'vitest';
import { decodeFolio, encodeFolio, FOLIO_FORMAT_VERSION } from '../../src/domain/portfolio-file';
import { mergeSnapshots } from '../../src/domain/merge';
import type { RecordOf } from '../../src/domain/records';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { editFolio, readAsVersion, refusedWith } from './folio-edit';
import { makeSigner, signedBy } from './signing-helpers';

const meta = { appVersion: '0.2.0-test', now: '2026-11-30T10:00:00.000Z' };

async function demo(): Promise<PortfolioSnapshot> {
  let n = 0;
  return buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
}

describe('format version 3 (issue 9: IQA outcomes)', () => {
  it('writes the current version, and still opens a version 2 file as it was', async () => {
    expect(FOLIO_FORMAT_VERSION).toBe(4);
    const { current, old, oldVersion } = await readAsVersion(await demo(), 2, meta);
    expect(oldVersion).toBe(2);
    expect(old).toStrictEqual(current);
  });

  it('carries a signed IQA outcome, which merges like any record and verifies on the way back in', async () => {
    const snapshot = await demo();
    const iqa = await makeSigner({ role: 'tutor', name: 'Ines Quinn' });
    const decision = snapshot.decisions[0];
    if (!decision) throw new Error('the demo has decisions');
    const outcome: RecordOf<'iqa'> = await signedBy(iqa, {
      id: 'iqa-1',
      portfolioId: snapshot.portfolio.id,
      at: '2026-11-25T10:00:00.000Z',
      by: iqa.person,
      type: 'iqa' as const,
      roundId: 'round-1',
      decisionId: decision.id,
      markingPointId: decision.markingPointId,
      outcome: 'assessor-to-action' as const,
      comment: 'Name the policy the learner followed.',
    });
    const withOutcome = { ...snapshot, records: [...snapshot.records, outcome], keys: [...snapshot.keys, iqa.key] };
    const back = await decodeFolio(await encodeFolio(withOutcome, meta));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.snapshot.records.find((r) => r.id === 'iqa-1')).toEqual(outcome);
    // Into a copy without it, the outcome merges like any record: added once, then nothing new.
    const merged = mergeSnapshots(snapshot, back.snapshot);
    expect(merged.snapshot.records.filter((r) => r.type === 'iqa')).toEqual([outcome]);
    expect(mergeSnapshots(merged.snapshot, back.snapshot).changed).toBe(false);
    const good = await encodeFolio(withOutcome, meta);
    const tampered = await editFolio(good, ({ data }) => {
      const rows = data.records as Record<string, unknown>[];
      const row = rows.find((r) => r.id === 'iqa-1');
      if (row) row.outcome = 'agreed';
    });
    expect(refusedWith(await decodeFolio(tampered), 'bad-signature')).toContain('the quality assurer’s outcome on');
  });
});
