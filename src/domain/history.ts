import type { EvidenceVersion, PortfolioRecord, RecordOf } from './records';
import type { Evidence, Mapping } from './schemas';
import { evidenceFromVersion, mappingsFromVersion } from './versions';

/*
 * The current state of a portfolio's evidence, derived from its append-only versions and tombstones
 * (issue 8). Nothing here is stored: the `evidence` and `mappings` tables are this function's output,
 * written again after every merge, so two devices holding the same versions show the same items.
 */

export type Tombstone = RecordOf<'tombstone'>;

/** Something two devices did that the app cannot settle alone: shown to the user, both sides kept. */
export type HistoryConflict =
  | {
      kind: 'concurrent-edits';
      evidenceId: string;
      /** Every head (a version no other version follows), newest first: the first is the one shown. */
      heads: EvidenceVersion[];
    }
  | {
      kind: 'edited-after-delete';
      evidenceId: string;
      /** The deletions this item outlived: versions saved elsewhere that they did not list. */
      tombstones: Tombstone[];
      /** The version now shown. */
      head: EvidenceVersion;
    };

export interface CurrentState {
  evidence: Evidence[];
  mappings: Mapping[];
  conflicts: HistoryConflict[];
}

/** Newest first: by save time, then version number, then id, so every device orders heads alike. */
export function newestFirst(a: EvidenceVersion, b: EvidenceVersion): number {
  return b.savedAt.localeCompare(a.savedAt) || b.version - a.version || b.id.localeCompare(a.id);
}

export function tombstonesOf(records: readonly PortfolioRecord[]): Tombstone[] {
  return records.filter((r): r is Tombstone => r.type === 'tombstone');
}

/** The version ids every tombstone removes. */
export function deletedVersionIds(records: readonly PortfolioRecord[]): Set<string> {
  return new Set(tombstonesOf(records).flatMap((t) => t.versionIds));
}

/**
 * The heads of one item's versions: those no other version names as a parent. One head is the normal
 * case; two or more mean the item was edited on two devices from the same starting point.
 */
export function headsOf(versions: readonly EvidenceVersion[]): EvidenceVersion[] {
  const followed = new Set(versions.flatMap((v) => v.parents));
  return versions.filter((v) => !followed.has(v.id)).sort(newestFirst);
}

/**
 * A tombstone is answered when a surviving version of the item says it was kept after that deletion
 * (`keptAfterDelete`), i.e. someone saw the deletion and chose to keep the item.
 */
function unanswered(tombstones: readonly Tombstone[], versions: readonly EvidenceVersion[]): Tombstone[] {
  const answered = new Set(versions.flatMap((v) => v.keptAfterDelete ?? []));
  return tombstones.filter((t) => !answered.has(t.id));
}

/** The conflicts of one item, from its surviving versions and the tombstones naming it. */
export function itemConflicts(evidenceId: string, versions: readonly EvidenceVersion[], tombstones: readonly Tombstone[]): HistoryConflict[] {
  if (versions.length === 0) return [];
  const heads = headsOf(versions);
  const conflicts: HistoryConflict[] = [];
  if (heads.length > 1) conflicts.push({ kind: 'concurrent-edits', evidenceId, heads });
  const open = unanswered(
    tombstones.filter((t) => t.evidenceId === evidenceId),
    versions,
  );
  const [head] = heads;
  if (open.length > 0 && head) conflicts.push({ kind: 'edited-after-delete', evidenceId, tombstones: open, head });
  return conflicts;
}

interface Item {
  evidenceId: string;
  versions: EvidenceVersion[];
  head: EvidenceVersion;
  createdAt: string;
  /** The numbers this item has been shown with, in order of preference, then its versions' number. */
  candidates: number[];
}

const createdFirst = (a: Item, b: Item): number => a.createdAt.localeCompare(b.createdAt) || a.evidenceId.localeCompare(b.evidenceId);

/**
 * Gives each item a number. Items take, oldest first, the first number they have been shown with that
 * no older item took: so an item keeps its number, and when two items claim one (each device made its
 * own E007) the one created first keeps it. An item left without one takes the next number past every
 * number claimed and `nextNumber - 1`, so a number is never handed out twice.
 */
function assignNumbers(items: readonly Item[], nextNumber: number): Map<string, number> {
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  const movers: Item[] = [];
  for (const item of [...items].sort(createdFirst)) {
    const free = item.candidates.find((n) => !taken.has(n));
    if (free === undefined) {
      movers.push(item);
    } else {
      numbers.set(item.evidenceId, free);
      taken.add(free);
    }
  }
  let next = Math.max(nextNumber, ...items.flatMap((i) => i.candidates.map((n) => n + 1)));
  for (const item of movers) numbers.set(item.evidenceId, next++);
  return numbers;
}

/**
 * The current evidence rows, mapping rows and conflicts of a portfolio.
 *
 * - The current version of an item is its newest head; two heads are concurrent edits (a conflict,
 *   both kept).
 * - A tombstone removes the versions it lists. A version it does not list (saved on another device
 *   after or while the item was deleted) brings the item back, flagged `edited-after-delete`.
 * - `previousEvidence` (the rows this device showed before, then any other copy's) keeps an item's
 *   number and creation date stable; `nextNumber` is the portfolio's next free number, so an item
 *   given a new number never takes one already handed out.
 */
export function deriveCurrent(
  portfolioId: string,
  versions: readonly EvidenceVersion[],
  records: readonly PortfolioRecord[],
  previousEvidence: readonly Evidence[] = [],
  nextNumber = 1,
): CurrentState {
  const deleted = deletedVersionIds(records.filter((r) => r.portfolioId === portfolioId));
  const tombstones = tombstonesOf(records.filter((r) => r.portfolioId === portfolioId));
  const previous = new Map<string, Evidence[]>();
  for (const row of previousEvidence) {
    if (row.portfolioId !== portfolioId) continue;
    const rows = previous.get(row.id);
    if (rows) rows.push(row);
    else previous.set(row.id, [row]);
  }

  const byItem = new Map<string, EvidenceVersion[]>();
  for (const v of versions) {
    if (v.portfolioId !== portfolioId || deleted.has(v.id)) continue;
    const own = byItem.get(v.evidenceId);
    if (own) own.push(v);
    else byItem.set(v.evidenceId, [v]);
  }

  const items: Item[] = [];
  const conflicts: HistoryConflict[] = [];
  for (const [evidenceId, own] of byItem) {
    const [head] = headsOf(own);
    if (!head) continue;
    const earliest = own.reduce((min, v) => (v.savedAt < min ? v.savedAt : min), head.savedAt);
    const before = previous.get(evidenceId) ?? [];
    const candidates = [...new Set([...before.map((e) => e.number), head.number])];
    items.push({ evidenceId, versions: own, head, createdAt: before[0]?.createdAt ?? earliest, candidates });
    conflicts.push(...itemConflicts(evidenceId, own, tombstones));
  }

  const numbers = assignNumbers(items, nextNumber);
  const evidence: Evidence[] = [];
  const mappings: Mapping[] = [];
  for (const item of items) {
    const number = numbers.get(item.evidenceId) ?? item.head.number;
    evidence.push(evidenceFromVersion(item.head, item.createdAt, number));
    mappings.push(...mappingsFromVersion(item.head, (point) => firstMapped(item.versions, point)).map((m) => ({ ...m, updatedAt: rationaleSince(item.versions, item.head, m.markingPointId) })));
  }
  evidence.sort((a, b) => a.number - b.number);
  mappings.sort((a, b) => a.id.localeCompare(b.id));
  conflicts.sort((a, b) => a.evidenceId.localeCompare(b.evidenceId) || a.kind.localeCompare(b.kind));
  return { evidence, mappings, conflicts };
}

/** When the item was first mapped to the point, in any version kept. */
function firstMapped(versions: readonly EvidenceVersion[], point: string): string {
  const times = versions.filter((v) => v.mappings.some((m) => m.markingPointId === point)).map((v) => v.savedAt);
  return times.reduce((min, t) => (t < min ? t : min));
}

/** When the point's rationale first read as it does in the head. */
function rationaleSince(versions: readonly EvidenceVersion[], head: EvidenceVersion, point: string): string {
  const rationale = head.mappings.find((m) => m.markingPointId === point)?.rationale;
  const times = versions.filter((v) => v.mappings.some((m) => m.markingPointId === point && m.rationale === rationale)).map((v) => v.savedAt);
  return times.reduce((min, t) => (t < min ? t : min), head.savedAt);
}
