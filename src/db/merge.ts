import { mergeSnapshots, type MergeResult } from '../domain/merge';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { db, type AttachmentRow } from './database';
import { wholePortfolioScope } from './portfolio-tables';
import { addAudit } from './portfolios';
import { rememberKeys } from './snapshot';

/*
 * H-file's smallest honest version of H-history's mergeIntoDevice (issue 8 plan): the owner's version
 * replaces this one on merge.
 */

const plainCounts = (result: MergeResult): string => {
  const a = result.added;
  return `${a.versions} versions, ${a.decisions} decisions, ${a.comments} comments, ${a.signOffs} sign-offs, ${a.otherRecords} other records, ${a.attachments} attachments added`;
};

/**
 * Merges a checked portfolio (from a file) into the device's copy of the same portfolio, in one
 * transaction: what is new is added, nothing the device holds is lost, and the current rows are
 * derived again. Merging the same file twice changes nothing the second time (`changed` is false).
 */
export async function mergeIntoDevice(incoming: PortfolioSnapshot): Promise<MergeResult> {
  const d = db();
  const id = incoming.portfolio.id;
  const newRows = new Map(incoming.attachments.map(({ bytes, ...meta }) => [meta.id, { ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type }) }]));
  return d.transaction('rw', wholePortfolioScope(d, ['keys', 'identity']), async () => {
    const portfolio = await d.portfolios.get(id);
    if (!portfolio) throw new Error('this portfolio is not on this device, so there is nothing to merge it with');
    const [evidence, mappings, versions, decisions, records, attachmentRows, audit, keys] = await Promise.all([
      d.evidence.where('portfolioId').equals(id).toArray(),
      d.mappings.where('portfolioId').equals(id).toArray(),
      d.versions.where('portfolioId').equals(id).toArray(),
      d.decisions.where('portfolioId').equals(id).toArray(),
      d.records.where('portfolioId').equals(id).toArray(),
      d.attachments.where('portfolioId').equals(id).toArray(),
      d.audit.where('portfolioId').equals(id).toArray(),
      d.keys.toArray(),
    ]);
    // The device's own attachment bytes stay where they are: the merge only needs their records.
    const attachments = attachmentRows.map(({ blob: _blob, ...meta }) => ({ ...meta, bytes: new Uint8Array() }));
    const local: PortfolioSnapshot = { portfolio, evidence, mappings, versions, decisions, records, attachments, audit, keys };
    const result = mergeSnapshots(local, incoming);
    if (!result.changed) return result;
    const merged = result.snapshot;
    const localIds = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
    const fresh = <T extends { id: string }>(rows: readonly T[], known: Set<string>) => rows.filter((r) => !known.has(r.id));

    await d.portfolios.put(merged.portfolio);
    await d.evidence.where('portfolioId').equals(id).delete();
    await d.evidence.bulkPut(merged.evidence);
    await d.mappings.where('portfolioId').equals(id).delete();
    await d.mappings.bulkPut(merged.mappings);
    const keptVersions = localIds(merged.versions);
    await d.versions.bulkDelete(versions.filter((v) => !keptVersions.has(v.id)).map((v) => v.id));
    await d.versions.bulkAdd(fresh(merged.versions, localIds(versions)));
    await d.decisions.bulkAdd(fresh(merged.decisions, localIds(decisions)));
    await d.records.bulkAdd(fresh(merged.records, localIds(records)));
    await d.audit.bulkAdd(fresh(merged.audit, localIds(audit)));
    const added: AttachmentRow[] = fresh(merged.attachments, localIds(attachmentRows)).flatMap((a) => newRows.get(a.id) ?? []);
    await d.attachments.bulkAdd(added);
    // An item deleted on the other device takes its attachments with it, as deleting it here would.
    const liveItems = new Set(merged.evidence.map((e) => e.id));
    await d.attachments.bulkDelete([...attachmentRows, ...added].filter((a) => !liveItems.has(a.evidenceId)).map((a) => a.id));
    await rememberKeys(d, incoming.keys);
    const me = await d.identity.get('device');
    await addAudit(id, 'merged', `Merged a portfolio file: ${plainCounts(result)}`, me?.role ?? 'learner');
    return result;
  });
}
