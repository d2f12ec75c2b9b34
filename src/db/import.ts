import { reIdSnapshot } from '../domain/portfolio-file';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { clock } from './clock';
import { db } from './database';
import { writeSnapshot } from './snapshot';

/**
 * How an imported portfolio meets the device: `new` refuses if the portfolio is already here,
 * `replace` swaps the device's copy for the file's, `keep-both` stores the file's under new ids.
 */
export type ImportMode = 'new' | 'replace' | 'keep-both';

export async function portfolioExists(id: string): Promise<boolean> {
  return (await db().portfolios.where('id').equals(id).count()) > 0;
}

/**
 * Writes a decoded (already validated) portfolio in one transaction and returns the id it is stored
 * under. If anything fails, the database is exactly as it was before.
 */
export async function importSnapshot(snapshot: PortfolioSnapshot, mode: ImportMode): Promise<string> {
  const toWrite = mode === 'keep-both' ? reIdSnapshot(snapshot, clock.newId) : snapshot;
  await writeSnapshot(toWrite, { replace: mode === 'replace' });
  return toWrite.portfolio.id;
}
