import type { EvidenceVersion, PortfolioRecord } from './records';
import type { Evidence, Mapping } from './schemas';
import { evidenceFromVersion, mappingsFromVersion } from './versions';

/*
 * H-file's smallest honest version of H-history's deriveCurrent (issue 8 plan): the owner's version
 * replaces this one on merge. The current state of a portfolio from its append-only history.
 */

/** Something a merge could not settle on its own: shown to the user with every version involved, never dropped. */
export interface HistoryConflict {
  /** `edited-on-two-devices`: two versions follow the same one; `edited-after-delete`: a version a tombstone did not list outlived it. */
  kind: 'edited-on-two-devices' | 'edited-after-delete';
  evidenceId: string;
  /** The versions to show side by side, newest first (the first is the one the item shows now). */
  versionIds: string[];
}

const newestFirst = (a: EvidenceVersion, b: EvidenceVersion) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id);

/**
 * Each item's current version is its head (a version no other names as a parent); two heads are edits
 * made on two devices (the newest is shown, both are kept and reported). Versions a tombstone lists are
 * gone; a version it does not list brings the item back, reported as edited after it was deleted. An
 * item keeps its number; two items with one number (made on two devices) are told apart by giving the
 * later-made one the next number past the highest.
 */
export function deriveCurrent(
  portfolioId: string,
  versions: readonly EvidenceVersion[],
  records: readonly PortfolioRecord[],
  previousEvidence: readonly Evidence[] = [],
  previousMappings: readonly Mapping[] = [],
): { evidence: Evidence[]; mappings: Mapping[]; conflicts: HistoryConflict[] } {
  const deleted = new Set<string>();
  const tombstoned = new Set<string>();
  for (const r of records) {
    if (r.type !== 'tombstone') continue;
    tombstoned.add(r.evidenceId);
    for (const id of r.versionIds) deleted.add(id);
  }
  const byItem = new Map<string, EvidenceVersion[]>();
  for (const v of versions) {
    if (v.portfolioId !== portfolioId || deleted.has(v.id)) continue;
    byItem.set(v.evidenceId, [...(byItem.get(v.evidenceId) ?? []), v]);
  }
  const previous = new Map(previousEvidence.map((e) => [e.id, e]));
  const mappingDates = new Map(previousMappings.map((m) => [m.id, m.createdAt]));
  const conflicts: HistoryConflict[] = [];
  const items: { head: EvidenceVersion; createdAt: string; number: number }[] = [];
  for (const [evidenceId, list] of byItem) {
    const followed = new Set(list.flatMap((v) => v.parents));
    const heads = list.filter((v) => !followed.has(v.id)).sort(newestFirst);
    const head = heads[0];
    if (!head) continue;
    if (heads.length > 1) conflicts.push({ kind: 'edited-on-two-devices', evidenceId, versionIds: heads.map((v) => v.id) });
    if (tombstoned.has(evidenceId)) conflicts.push({ kind: 'edited-after-delete', evidenceId, versionIds: heads.map((v) => v.id) });
    const first = [...list].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))[0] ?? head;
    const before = previous.get(evidenceId);
    items.push({ head, createdAt: before?.createdAt ?? first.savedAt, number: before?.number ?? head.number });
  }
  // Oldest first, so that of two items with one number the older keeps it.
  items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.head.evidenceId.localeCompare(b.head.evidenceId));
  let highest = Math.max(0, ...items.map((i) => i.number));
  const taken = new Set<number>();
  const evidence: Evidence[] = [];
  const mappings: Mapping[] = [];
  for (const item of items) {
    const number = taken.has(item.number) ? (highest += 1) : item.number;
    taken.add(number);
    evidence.push(evidenceFromVersion(item.head, item.createdAt, number));
    mappings.push(...mappingsFromVersion(item.head, (p) => mappingDates.get(`${item.head.evidenceId}:${p}`) ?? item.head.savedAt));
  }
  evidence.sort((a, b) => a.number - b.number);
  return { evidence, mappings, conflicts };
}
