import { addedRecordKinds } from '../domain/merge-summary';
import { mergeSnapshots, type MergeResult } from '../domain/merge';
import type { AttachmentMeta, AuditEntry, SignerKey } from '../domain/schemas';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../domain/snapshot';
import { clock } from '../platform/clock';
import { db, type AttachmentRow } from './database';
import { wholePortfolioScope } from './portfolio-tables';
import { rememberKeys } from './keys';

/** What merging a copy into this device did; the merged rows themselves are in the database. */
export type DeviceMergeResult = Omit<MergeResult<AttachmentMeta>, 'snapshot'>;

const isFromFile = (a: AttachmentRow | AttachmentWithBytes): a is AttachmentWithBytes => 'bytes' in a;

/** "3 versions, 2 decisions, 1 comment": what a merge added, for the audit trail and the import screen. */
export function mergeSummary(result: DeviceMergeResult): string {
  const { added, removed } = result;
  const { comments, signOffs, otherRecords } = addedRecordKinds(added);
  const parts: Array<[number, string, string]> = [
    [added.items, 'new item', 'new items'],
    [added.versions, 'version', 'versions'],
    [added.decisions, 'decision', 'decisions'],
    [comments, 'comment', 'comments'],
    [signOffs, 'sign-off', 'sign-offs'],
    [otherRecords, 'other record', 'other records'],
    [added.attachments, 'attachment', 'attachments'],
    [removed.items, 'item deleted', 'items deleted'],
    [result.conflicts.length, 'conflict to settle', 'conflicts to settle'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length ? said.join(', ') : 'nothing new';
}

/**
 * Merges a copy of a portfolio already on this device (a decoded, checked .folio file) into the
 * device's copy, in one transaction: read what is here, merge (src/domain/merge.ts), write back what
 * was added and removed, and the current evidence and mappings derived again. Merging the same copy a
 * second time writes nothing. If anything fails, the database is as it was.
 */
export async function mergeIntoDevice(incoming: PortfolioSnapshot): Promise<DeviceMergeResult> {
  const d = db();
  const id = incoming.portfolio.id;
  return d.transaction('rw', wholePortfolioScope(d, ['keys', 'identity']), async () => {
    const portfolio = await d.portfolios.get(id);
    if (!portfolio) throw new Error('This portfolio is not on this device, so there is nothing to merge it with; import it as a new portfolio.');
    const [evidence, mappings, versions, decisions, records, attachments, audit, knownKeys] = await Promise.all([
      d.evidence.where('portfolioId').equals(id).toArray(),
      d.mappings.where('portfolioId').equals(id).toArray(),
      d.versions.where('portfolioId').equals(id).toArray(),
      d.decisions.where('portfolioId').equals(id).toArray(),
      d.records.where('portfolioId').equals(id).toArray(),
      d.attachments.where('portfolioId').equals(id).toArray(),
      d.audit.where('portfolioId').equals(id).toArray(),
      d.keys.bulkGet(incoming.keys.map((k) => k.fingerprint)),
    ]);
    const keys: SignerKey[] = knownKeys.flatMap((k) => (k ? [{ fingerprint: k.fingerprint, publicKey: k.publicKey, signer: k.signer, createdAt: k.createdAt }] : []));
    const local = { portfolio, evidence, mappings, versions, decisions, records, attachments, audit, keys };
    const { snapshot: merged, ...result } = mergeSnapshots(local, incoming);
    if (!result.changed) return result;

    const keptIds = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));
    const newRows = <T extends { id: string }>(rows: readonly T[], had: readonly { id: string }[]) => {
      const before = keptIds(had);
      return rows.filter((r) => !before.has(r.id));
    };
    const goneIds = (had: readonly { id: string }[], rows: readonly { id: string }[]) => {
      const now = keptIds(rows);
      return had.filter((r) => !now.has(r.id)).map((r) => r.id);
    };

    await d.portfolios.put(merged.portfolio);
    await d.versions.bulkDelete(goneIds(versions, merged.versions));
    await d.versions.bulkAdd(newRows(merged.versions, versions));
    await d.decisions.bulkAdd(newRows(merged.decisions, decisions));
    await d.records.bulkAdd(newRows(merged.records, records));
    await d.audit.bulkAdd(newRows(merged.audit, audit));
    await d.attachments.bulkDelete(goneIds(attachments, merged.attachments));
    await d.attachments.bulkAdd(
      newRows(merged.attachments, attachments).map((a): AttachmentRow => {
        if (!isFromFile(a)) return a;
        const { bytes, ...meta } = a;
        return { ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type }) };
      }),
    );
    const goneItems = goneIds(evidence, merged.evidence);
    await d.evidence.bulkDelete(goneItems);
    await d.drafts.bulkDelete(goneItems);
    await d.evidence.bulkPut(merged.evidence);
    await d.mappings.where('portfolioId').equals(id).delete();
    await d.mappings.bulkPut(merged.mappings);
    await rememberKeys(d, incoming.keys);

    const me = await d.identity.get('device');
    const entry: AuditEntry = {
      id: clock.newId(),
      portfolioId: id,
      at: clock.now(),
      role: me?.role ?? 'learner',
      name: me?.name ?? merged.portfolio.learnerName,
      action: 'merged',
      detail: `Merged a copy of this portfolio: ${mergeSummary(result)}.`,
    };
    await d.audit.add(entry);
    return result;
  });
}
