import type { Table } from 'dexie';
import { catalogue, findUnit, unitOf } from '../catalogue';
import { assessPortfolio, type PortfolioAssessment, type SignatureChecks } from '../domain/assessment';
import { formatDate } from '../domain/readable-dates';
import type { PortfolioRecord } from '../domain/records';
import { db } from './database';
import { getIdentity } from './identity-row';

/*
 * Refusals here are plain Errors whose message is shown as it is.
 *
 * What the learner's own writes need to know of assessment: which items a sign-off has locked. Apart
 * from src/db/assessment.ts (the assessor's writes), so the first screen, which saves and maps, does not
 * carry the signing code with it.
 */

/**
 * Everything assessment derives for one portfolio, with signatures as `checks` found them. Safe inside a
 * transaction. A signed record that arrived after the checks were made (another tab, an import) stops the
 * change rather than being judged unchecked.
 */
export async function readAssessment(portfolioId: string, checks: SignatureChecks): Promise<{ assessment: PortfolioAssessment; records: PortfolioRecord[] }> {
  const d = db();
  // One read after another: inside a transaction, Promise.all's native promise can lose Dexie's hold on it.
  const evidence = await d.evidence.where('portfolioId').equals(portfolioId).toArray();
  const mappings = await d.mappings.where('portfolioId').equals(portfolioId).toArray();
  const decisions = await d.decisions.where('portfolioId').equals(portfolioId).toArray();
  const versions = await d.versions.where('portfolioId').equals(portfolioId).toArray();
  const records = await d.records.where('portfolioId').equals(portfolioId).toArray();
  if ([...decisions, ...records].some((r) => r.signature && !checks.has(r.id))) {
    throw new Error('This portfolio changed meanwhile. Try again.');
  }
  return { assessment: assessPortfolio(catalogue, { evidence, mappings, decisions, versions, records, checks }), records };
}

/**
 * Refuses a learner's change to a locked item, or a new mapping to a point of a signed-off unit (it would
 * undo the sign-off). Call inside the change's transaction (scope from withLockCheck), with `checks` from
 * signatureChecksOf made just before it.
 */
export async function refuseLockedChange(
  portfolioId: string,
  checks: SignatureChecks,
  evidenceId: string | undefined,
  newPointIds: readonly string[] = [],
): Promise<void> {
  const me = await getIdentity();
  if (me && me.role !== 'learner') throw new Error('Only the learner can change evidence.');
  const { assessment } = await readAssessment(portfolioId, checks);
  if (evidenceId) {
    const lock = assessment.locked.get(evidenceId);
    if (lock) {
      const item = await db().evidence.get(evidenceId);
      const unit = findUnit(lock.unitId);
      throw new Error(
        `${item?.ref ?? 'This item'} is locked: unit ${unit?.number} was signed off by ${lock.signOff.by.name} on ${formatDate(lock.signOff.at)}. Ask your assessor to unlock it.`,
      );
    }
  }
  for (const pointId of newPointIds) {
    const unit = unitOf(pointId);
    if (unit && assessment.signOffs.has(unit.id)) {
      throw new Error(`Unit ${unit.number} is signed off: ask your assessor before mapping more to ${pointId}.`);
    }
  }
}

/** A change's transaction scope with the tables refuseLockedChange reads added (each table once). */
export function withLockCheck<T extends Table>(tables: readonly T[]): Table[] {
  const d = db();
  return [...new Set<Table>([...tables, d.decisions, d.records, d.keys, d.identity, d.versions, d.mappings, d.evidence])];
}

