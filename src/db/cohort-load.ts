import { useLiveQuery } from 'dexie-react-hooks';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { db } from './database';
import { importSnapshot, portfolioExists } from './import';
// From its own module, not the db index: the merge comes with the screens that load files.
import { mergeIntoDevice } from './merge';
import { deleteOwnedRows, wholePortfolioScope } from './portfolio-tables';

/** What loading one learner's file did: new here, merged into the copy here, or nothing new. */
export type LoadOutcome = 'loaded' | 'updated' | 'up-to-date';

export interface LoadResult {
  outcome: LoadOutcome;
  portfolioId: string;
  learnerName: string;
  /** Changes that could not merge by themselves and wait for a person on the learner's portfolio. */
  conflicts: number;
}

/**
 * Loads a decoded, checked learner's portfolio into this device: a portfolio not here yet is imported
 * as new; one already here (the same portfolio id) has the file merged into it (the merge of issue
 * 8: nothing of either side is lost), and is "up to date" when the file brought nothing new. A
 * learner is identified by the portfolio's id only: two portfolios that share a learner number stay
 * two portfolios. `group`, when given, becomes the portfolio's cohort label on this device.
 */
export async function loadIntoDevice(snapshot: PortfolioSnapshot, options: { group?: string } = {}): Promise<LoadResult> {
  const { id: portfolioId, learnerName } = snapshot.portfolio;
  let result: LoadResult;
  if (await portfolioExists(portfolioId)) {
    const merged = await mergeIntoDevice(snapshot);
    result = { outcome: merged.changed ? 'updated' : 'up-to-date', portfolioId, learnerName, conflicts: merged.conflicts.length };
  } else {
    await importSnapshot(snapshot, 'new');
    result = { outcome: 'loaded', portfolioId, learnerName, conflicts: 0 };
  }
  const group = options.group?.trim();
  if (group) await setGroup([portfolioId], group);
  return result;
}

/** Gives portfolios a cohort label on this device (never in a file); an empty label takes it away. */
export async function setGroup(portfolioIds: readonly string[], group: string): Promise<void> {
  const d = db();
  const label = group.trim() || undefined;
  await d.transaction('rw', d.portfolioLocal, async () => {
    const rows = await d.portfolioLocal.bulkGet([...portfolioIds]);
    await d.portfolioLocal.bulkPut(portfolioIds.map((portfolioId, i) => ({ ...rows[i], portfolioId, group: label })));
  });
}

/**
 * Removes portfolios from this device, everything they own, in one transaction: all of them or, if
 * anything fails, none. No audit entry: the portfolio it would belong to is gone.
 */
export async function removePortfolios(portfolioIds: readonly string[]): Promise<void> {
  const d = db();
  await d.transaction('rw', wholePortfolioScope(d), async () => {
    for (const id of portfolioIds) {
      await deleteOwnedRows(d, id);
      await d.portfolios.delete(id);
    }
  });
}

/** A learner on this device as the load page lists them. */
export interface DeviceLearner {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  assessorName: string;
  group: string | undefined;
}

export async function listDeviceLearners(): Promise<DeviceLearner[]> {
  const d = db();
  return d.transaction('r', [d.portfolios, d.portfolioLocal], async () => {
    const [portfolios, local] = await Promise.all([d.portfolios.toArray(), d.portfolioLocal.toArray()]);
    const groupOf = new Map(local.map((row) => [row.portfolioId, row.group]));
    return portfolios
      .map((p) => ({ portfolioId: p.id, learnerName: p.learnerName, learnerNumber: p.learnerNumber, assessorName: p.assessorName, group: groupOf.get(p.id) }))
      .sort((a, b) => a.learnerName.localeCompare(b.learnerName));
  });
}

/** Live: the learners on this device, by name; undefined while loading. */
export function useDeviceLearners(): DeviceLearner[] | undefined {
  return useLiveQuery(listDeviceLearners, []);
}
