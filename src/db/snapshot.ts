import { clock } from '../platform/clock';
import type { SignerKey } from '../domain/schemas';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { signerIdOf } from '../domain/signers';
import { db, type AttachmentRow, type FolioDatabase, type KeyRow } from './database';
import { deleteOwnedRows, SNAPSHOT_TABLES, wholePortfolioScope, type SnapshotTable } from './portfolio-tables';

/** Reads everything a portfolio owns, attachment bytes included. */
export async function readSnapshot(portfolioId: string): Promise<PortfolioSnapshot | undefined> {
  const d = db();
  const rows = await d.transaction('r', wholePortfolioScope(d, ['keys']), async () => {
    const portfolio = await d.portfolios.get(portfolioId);
    if (!portfolio) return undefined;
    // Table by table, for each one's order; returned as a PortfolioSnapshot, so a part missing here does not compile.
    const [evidence, mappings, versions, decisions, records, attachments, audit] = await Promise.all([
      d.evidence.where('[portfolioId+number]').between([portfolioId, 0], [portfolioId, Infinity]).toArray(),
      d.mappings.where('portfolioId').equals(portfolioId).toArray(),
      d.versions.where('portfolioId').equals(portfolioId).sortBy('savedAt'),
      d.decisions.where('portfolioId').equals(portfolioId).sortBy('decidedAt'),
      d.records.where('portfolioId').equals(portfolioId).sortBy('at'),
      d.attachments.where('portfolioId').equals(portfolioId).toArray(),
      d.audit.where('portfolioId').equals(portfolioId).sortBy('at'),
    ]);
    const signers = new Set([...decisions, ...records].flatMap((r) => (r.signature ? [r.signature.keyFingerprint] : [])));
    const keyRows = (await d.keys.bulkGet([...signers])).filter((k) => k !== undefined);
    const keys: SignerKey[] = keyRows.map(({ fingerprint, publicKey, signer, createdAt }) => ({ fingerprint, publicKey, signer, createdAt }));
    return { portfolio, evidence, mappings, versions, decisions, records, attachments, audit, keys };
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

/**
 * Keeps the public keys a file carried. A key already known keeps its row (so the first key seen for a
 * signer stays the one pinned, and a confirmed key stays confirmed); call inside a transaction over `keys`.
 */
async function rememberKeys(d: FolioDatabase, keys: readonly SignerKey[]): Promise<void> {
  const known = await d.keys.bulkGet(keys.map((k) => k.fingerprint));
  const now = clock.now();
  const fresh: KeyRow[] = keys
    .filter((_, i) => known[i] === undefined)
    .map((k) => ({ ...k, signerId: signerIdOf(k.signer), firstSeenAt: now, confirmed: null }));
  if (fresh.length) await d.keys.bulkPut(fresh);
}
