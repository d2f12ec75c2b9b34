import type { SignerKey } from '../domain/schemas';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { db, type AttachmentRow } from './database';
import { rememberKeys } from './keys';
import { deleteOwnedRows, SNAPSHOT_TABLES, wholePortfolioScope, type SnapshotTable } from './portfolio-tables';

/**
 * The rows of every table a portfolio owns, each table in its order, attachments as stored (with their
 * blobs). Undefined when the portfolio is not on this device. Call it inside a read transaction over
 * wholePortfolioScope, so that the tables agree with one another.
 */
export async function readOwnedRows(portfolioId: string) {
  const d = db();
  const portfolio = await d.portfolios.get(portfolioId);
  if (!portfolio) return undefined;
  // Table by table, for each one's order; the callers return a PortfolioSnapshot, so a part missing here does not compile.
  const [evidence, mappings, versions, decisions, records, attachments, audit] = await Promise.all([
    d.evidence.where('[portfolioId+number]').between([portfolioId, 0], [portfolioId, Infinity]).toArray(),
    d.mappings.where('portfolioId').equals(portfolioId).toArray(),
    d.versions.where('portfolioId').equals(portfolioId).sortBy('savedAt'),
    d.decisions.where('portfolioId').equals(portfolioId).sortBy('decidedAt'),
    d.records.where('portfolioId').equals(portfolioId).sortBy('at'),
    d.attachments.where('portfolioId').equals(portfolioId).toArray(),
    d.audit.where('portfolioId').equals(portfolioId).sortBy('at'),
  ]);
  return { portfolio, evidence, mappings, versions, decisions, records, attachments, audit };
}

/** Reads everything a portfolio owns, attachment bytes included. */
export async function readSnapshot(portfolioId: string): Promise<PortfolioSnapshot | undefined> {
  const d = db();
  const rows = await d.transaction('r', wholePortfolioScope(d, ['keys']), async () => {
    const owned = await readOwnedRows(portfolioId);
    if (!owned) return undefined;
    const { decisions, records } = owned;
    // The keys of everyone who signed here, and the new keys their key-change records announce.
    const signers = new Set([...decisions, ...records].flatMap((r) => (r.signature ? [r.signature.keyFingerprint] : [])));
    for (const r of records) if (r.type === 'key-change') signers.add(r.newFingerprint);
    const keyRows = (await d.keys.bulkGet([...signers])).filter((k) => k !== undefined);
    const keys: SignerKey[] = keyRows.map(({ fingerprint, publicKey, signer, createdAt }) => ({ fingerprint, publicKey, signer, createdAt }));
    return { ...owned, keys };
  });
  if (!rows) return undefined;
  // Blob reads are not IndexedDB requests, so they happen after the transaction has closed.
  const attachments = await Promise.all(
    rows.attachments.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })),
  );
  return { ...rows, attachments };
}

/**
 * Writes a whole portfolio in one transaction. With `replace`, whatever the device held under the
 * same portfolio id goes first; either way a failure leaves the database exactly as it was.
 */
export async function writeSnapshot(snapshot: PortfolioSnapshot, options: { replace: boolean }): Promise<void> {
  const d = db();
  const id = snapshot.portfolio.id;
  const attachmentRows: AttachmentRow[] = snapshot.attachments.map(({ bytes, ...meta }) => ({
    ...meta,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type }),
  }));
  const rows: { [T in SnapshotTable]: readonly unknown[] } = { ...snapshot, attachments: attachmentRows };
  await d.transaction('rw', wholePortfolioScope(d, ['keys']), async () => {
    const existing = await d.portfolios.get(id);
    if (existing && !options.replace) throw new Error('A portfolio with this id is already on this device.');
    if (existing) await deleteOwnedRows(d, id);
    await d.portfolios.put(snapshot.portfolio);
    for (const name of SNAPSHOT_TABLES) await d.table(name).bulkAdd([...rows[name]]);
    await rememberKeys(d, snapshot.keys);
  });
}
