// From its own module, not the portfolio-file index: that would bring the decoder, zod and fflate into the first screen.
import { holdsSignatures, reIdRecords, reIdSnapshot } from '../domain/portfolio-file/re-id';
import { plural } from '../domain/plural';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { clock } from '../platform/clock';
import { db } from './database';
import { hasErrorName } from './storage-errors';
import { SNAPSHOT_TABLES, wholePortfolioScope } from './portfolio-tables';
import { unsentRecords, type UnsentRecords } from './portfolio-local';
import { writeSnapshot } from './snapshot';
import { deviceActor, importEntry } from './audit';

/**
 * How an imported portfolio meets the device: `new` refuses if the portfolio is already here,
 * `replace` swaps the device's copy for the file's, `keep-both` stores the file's under new ids.
 * (Merging, `mergeIntoDevice` in ./merge.ts, is the fourth way, and the one offered first when the
 * portfolio is already here; it and the merge code load with the Import page, not with the first screen.)
 */
export type ImportMode = 'new' | 'replace' | 'keep-both';

/** Why replacing is refused: the plain words the Import page shows. */
export function unsentMessage(unsent: UnsentRecords): string {
  const what = [
    unsent.decisions ? plural(unsent.decisions, 'assessor decision') : '',
    unsent.records ? `${plural(unsent.records, 'other record')} (comments, sign-offs, ready marks or deletions)` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `This device holds ${what} made since it last sent this portfolio, and the file does not have them: replacing would lose them. Export the portfolio first and send it, or merge the file instead.`;
}

/** Why a redacted copy never replaces the device's own (issue 10): the masks would take the place of the words. */
export const REDACTED_REPLACE =
  'the file is a redacted copy, with masks such as “[email removed]” in place of customers’ details, and replacing this device’s copy with it would lose the evidence as written. Merge the file instead: the merge keeps your words and adds what is new';

export async function portfolioExists(id: string): Promise<boolean> {
  return (await db().portfolios.where('id').equals(id).count()) > 0;
}

/**
 * True when a record of the file would land on an id this device already uses for a record that the
 * write keeps: another portfolio's (a file edited by hand, or copied from one portfolio into another),
 * or, unless replacing, any. Drafts count: a draft is keyed by its item's id.
 */
export async function idsTakenOnDevice(snapshot: PortfolioSnapshot, mode: ImportMode): Promise<boolean> {
  const d = db();
  const kept = (row: { portfolioId: string } | undefined) => row !== undefined && (mode !== 'replace' || row.portfolioId !== snapshot.portfolio.id);
  return d.transaction('r', wholePortfolioScope(d), async () => {
    const found = await Promise.all([
      ...SNAPSHOT_TABLES.map((name) => d.table(name).bulkGet(snapshot[name].map((row) => row.id))),
      // A draft is keyed by the id of the item it edits.
      d.drafts.bulkGet(snapshot.evidence.map((e) => e.id)),
    ]);
    return found.some((rows) => rows.some(kept));
  });
}

/** Dexie's wording ("BulkError: … ConstraintError …") is for developers; a person gets this instead. */
function isIdClash(e: unknown): boolean {
  return hasErrorName(e, 'BulkError') || hasErrorName(e, 'ConstraintError');
}

/**
 * Writes a decoded (already validated) portfolio in one transaction and returns the id it is stored
 * under. Records whose ids another portfolio here already uses get new ids first (their references,
 * E001 …, and content stay the same). If anything fails, the database is exactly as it was before.
 */
export async function importSnapshot(snapshot: PortfolioSnapshot, mode: ImportMode, file: { redacted?: boolean } = {}): Promise<string> {
  const signed = holdsSignatures(snapshot);
  if (mode === 'replace') {
    const redacted = file.redacted === true || snapshot.versions.some((v) => v.redacted === true);
    if (redacted && (await portfolioExists(snapshot.portfolio.id))) throw new Error(REDACTED_REPLACE);
    const unsent = await unsentRecords(snapshot);
    if (unsent) throw new Error(unsentMessage(unsent));
  }
  let toWrite = mode === 'keep-both' ? reIdSnapshot(snapshot, clock.newId) : snapshot;
  if (mode !== 'keep-both' && (await idsTakenOnDevice(snapshot, mode))) {
    if (signed) throw new Error('some of its signed records have ids another portfolio on this device already uses, so it cannot be stored without breaking their signatures');
    toWrite = reIdRecords(snapshot, clock.newId, snapshot.portfolio.id);
  }
  const actor = await deviceActor({ role: 'learner', name: snapshot.portfolio.learnerName });
  toWrite = { ...toWrite, audit: [...toWrite.audit, importEntry(toWrite.portfolio.id, actor, mode)] };
  try {
    await writeSnapshot(toWrite, { replace: mode === 'replace' });
  } catch (e) {
    if (isIdClash(e)) throw new Error('two of its records would have the same id on this device', { cause: e });
    throw e;
  }
  return toWrite.portfolio.id;
}
