import { useLiveQuery } from 'dexie-react-hooks';
import { headsOf, itemConflicts, tombstonesOf, type HistoryConflict, type Tombstone } from '../domain/history';
import type { EvidenceVersion } from '../domain/records';
import type { Evidence } from '../domain/schemas';
import { clock } from '../platform/clock';
import { db } from './database';
import { addAudit } from './portfolios';
import { appendVersion } from './versions';

/** Everything the history screen shows of one item. */
export interface ItemHistory {
  item: Evidence;
  /** Oldest first. */
  versions: EvidenceVersion[];
  /** Deletions of this item that a merge brought in. */
  tombstones: Tombstone[];
  conflicts: HistoryConflict[];
  /** Attachment id → file name, for every file any version had. */
  fileNames: Map<string, string>;
}

export async function getItemHistory(evidenceId: string): Promise<ItemHistory | null> {
  const d = db();
  return d.transaction('r', [d.evidence, d.versions, d.records, d.attachments], async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) return null;
    const [versions, records, files] = await Promise.all([
      d.versions.where('evidenceId').equals(evidenceId).toArray(),
      d.records.where('[portfolioId+type]').equals([item.portfolioId, 'tombstone']).toArray(),
      d.attachments.where('evidenceId').equals(evidenceId).toArray(),
    ]);
    versions.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.version - b.version || a.id.localeCompare(b.id));
    const tombstones = tombstonesOf(records).filter((t) => t.evidenceId === evidenceId);
    return { item, versions, tombstones, conflicts: itemConflicts(evidenceId, versions, tombstones), fileNames: new Map(files.map((f) => [f.id, f.name])) };
  });
}

/** null when the item does not exist; undefined while loading. */
export function useItemHistory(evidenceId: string): ItemHistory | null | undefined {
  return useLiveQuery(() => getItemHistory(evidenceId), [evidenceId]);
}

/** The conflicts of every item of a portfolio, for banners on lists and the item's editor. */
export function useItemConflicts(evidenceId: string | undefined): HistoryConflict[] | undefined {
  return useLiveQuery(async () => (evidenceId ? ((await getItemHistory(evidenceId))?.conflicts ?? []) : []), [evidenceId]);
}

/**
 * Settles an item's conflicts by keeping one version: a new version with its content follows every
 * head (so no head is dropped: each stays in the history) and answers the deletions the item outlived.
 */
export async function keepVersion(evidenceId: string, versionId: string): Promise<Evidence> {
  const d = db();
  return d.transaction('rw', [d.evidence, d.mappings, d.versions, d.records, d.audit, d.portfolios], async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new Error('This evidence item no longer exists on this device.');
    const versions = await d.versions.where('evidenceId').equals(evidenceId).toArray();
    const chosen = versions.find((v) => v.id === versionId);
    if (!chosen) throw new Error('That version of the item is not on this device; open the item’s history again.');
    const records = await d.records.where('[portfolioId+type]').equals([item.portfolioId, 'tombstone']).toArray();
    const conflicts = itemConflicts(evidenceId, versions, tombstonesOf(records));
    if (conflicts.length === 0) throw new Error('This item has nothing to settle: it was already settled, perhaps in another tab.');
    const heads = headsOf(versions).map((v) => v.id);
    const answered = conflicts.flatMap((c) => (c.kind === 'edited-after-delete' ? c.tombstones.map((t) => t.id) : []));
    const portfolio = await d.portfolios.get(item.portfolioId);
    const now = clock.now();
    const { item: saved } = await appendVersion(
      { portfolioId: item.portfolioId, evidenceId, number: item.number, author: { role: 'learner', name: portfolio?.learnerName ?? 'Learner' }, now },
      { ...item, version: Math.max(...versions.map((v) => v.version)) },
      {
        content: chosen.content,
        mappings: chosen.mappings,
        attachments: chosen.attachments,
        parents: [chosen.id, ...heads.filter((h) => h !== chosen.id)],
        keptAfterDelete: answered,
      },
    );
    await d.portfolios.update(item.portfolioId, { updatedAt: now });
    const what = conflicts.map((c) => (c.kind === 'concurrent-edits' ? 'edited on two devices' : 'edited after it was deleted')).join(' and ');
    await addAudit(item.portfolioId, 'conflict settled', `${saved.ref} ${saved.title}: ${what}; kept version ${chosen.version} saved ${chosen.savedAt}`.slice(0, 1000));
    return saved;
  });
}
