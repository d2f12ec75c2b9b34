import { catalogue } from '../../src/catalogue';
import { buildCohort, type Cohort } from '../../src/domain/cohort/cohort';
import { cohortInputOf } from '../../src/domain/cohort/cohort-input';
import type { Person } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { keysAsFirstSeen } from '../../src/domain/signing';
import { checkSignatures } from '../../src/domain/signing/status';
import { generatePortfolio } from '../../src/samples/generate';
import { makeSigner, signedBy, type TestSigner } from './signing-helpers';

export const COHORT_NOW = '2026-11-22T09:00:00.000Z';

/**
 * A generated learner whose decisions (the generator's) are made and signed by `signer`, with the
 * signer's key in the file, as an assessor's return file would carry them.
 */
export async function signedLearner(seed: number, signer: TestSigner, items = 12): Promise<PortfolioSnapshot> {
  const snapshot = await generatePortfolio({ items, seed, now: COHORT_NOW, imageEvery: 0 });
  const assessor: Person = signer.person;
  const decisions = await Promise.all(snapshot.decisions.map((d) => signedBy(signer, { ...d, assessor })));
  return { ...snapshot, portfolio: { ...snapshot.portfolio, assessorName: assessor.name }, decisions, keys: [signer.key] };
}

/** Two assessors and `count` learners between them, every signature checked against the keys the files carry. */
export async function testCohort(count: number, items = 12): Promise<{ cohort: Cohort; snapshots: PortfolioSnapshot[] }> {
  const morgan = await makeSigner({ role: 'assessor', name: 'Morgan Ellis' });
  const sam = await makeSigner({ role: 'assessor', name: 'Sam Okafor' });
  const snapshots = await Promise.all(Array.from({ length: count }, (_, i) => signedLearner(100 + i, i % 2 === 0 ? morgan : sam, items + (i % 5) * 3)));
  const all = snapshots.flatMap((s) => [...s.decisions, ...s.records]);
  const checks = await checkSignatures(all, keysAsFirstSeen({ decisions: snapshots.flatMap((s) => s.decisions), records: snapshots.flatMap((s) => s.records), keys: [morgan.key, sam.key] }));
  const cohort = buildCohort(
    catalogue,
    snapshots.map((s, i) => cohortInputOf(catalogue, s, checks, i < 3 ? 'September intake' : undefined)),
  );
  return { cohort, snapshots };
}
