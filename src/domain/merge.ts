import canonicalize from 'canonicalize';
import { deletedVersionIds, deriveCurrent, type HistoryConflict } from './history';
import { isMaskedCopy } from './privacy/masked-copy';
import type { EvidenceVersion, PortfolioRecord, RecordType } from './records';
import type { AttachmentMeta, AuditEntry, Decision, Evidence, Mapping, Portfolio, SignerKey } from './schemas';
import type { PortfolioSnapshot } from './snapshot';
import { distinctEntries } from './structured-lists';

/*
 * Merging two copies of one portfolio (issue 8): the learner's and the assessor's, or a device's and a
 * file's. Versions, decisions, records and audit entries are append-only, so the merge is a union by id;
 * tombstones then remove the versions they list, and the current state is derived again
 * (src/domain/history.ts). Pure: the database side is src/db/merge.ts.
 */

/** A snapshot whose attachments may be held as rows of any kind (bytes from a file, blobs on a device). */
export type MergeInput<A extends AttachmentMeta> = Omit<PortfolioSnapshot, 'attachments'> & { attachments: A[] };

/** Something with one id on both sides that is not the same thing: both are kept or shown, never one dropped silently. */
export type MergeClash =
  | { kind: 'attachment-clash'; attachmentId: string; local: AttachmentMeta; incoming: AttachmentMeta; incomingKeptAs: string }
  | { kind: 'different-record'; part: 'versions'; local: EvidenceVersion; incoming: EvidenceVersion }
  | { kind: 'different-record'; part: 'decisions'; local: Decision; incoming: Decision }
  | { kind: 'different-record'; part: 'records'; local: PortfolioRecord; incoming: PortfolioRecord }
  | { kind: 'different-record'; part: 'audit'; local: AuditEntry; incoming: AuditEntry };

export type MergeConflict = HistoryConflict | MergeClash;

export interface MergeCounts {
  items: number;
  versions: number;
  decisions: number;
  records: number;
  attachments: number;
  audit: number;
  keys: number;
}

export interface MergeResult<A extends AttachmentMeta> {
  snapshot: MergeInput<A>;
  /** What the incoming copy added to the local one. */
  added: MergeCounts & { byRecordType: Partial<Record<RecordType, number>> };
  /** What the incoming tombstones removed from the local copy. */
  removed: { items: number; versions: number; attachments: number };
  conflicts: MergeConflict[];
  /** False when the local copy already held everything the incoming one did. */
  changed: boolean;
}

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b);

/**
 * Union by key, the local row kept on a clash; clashes whose rows differ are returned. A row that is the
 * other with customers' details masked (a redacted copy coming back, issue 10) is no clash: the words as
 * written win, so a redacted file never puts masks in place of what a device holds.
 */
function unionBy<T>(local: readonly T[], incoming: readonly T[], key: (row: T) => string): { rows: T[]; differing: Array<[T, T]> } {
  const byKey = new Map<string, T>();
  for (const row of local) byKey.set(key(row), row);
  const differing: Array<[T, T]> = [];
  for (const row of incoming) {
    const mine = byKey.get(key(row));
    if (mine === undefined) byKey.set(key(row), row);
    else if (mine === row || same(mine, row) || isMaskedCopy(mine, row)) continue;
    else if (isMaskedCopy(row, mine)) byKey.set(key(row), row);
    else differing.push([mine, row]);
  }
  return { rows: [...byKey.values()], differing };
}

/**
 * Attachments by id. Ids are random, so one id with two different files means a file edited by hand or
 * a bug: both are kept, the incoming one under a new id that its versions are pointed at.
 */
function mergeAttachments<L extends AttachmentMeta, I extends AttachmentMeta>(
  local: readonly L[],
  incoming: readonly I[],
  incomingVersions: readonly EvidenceVersion[],
): { rows: Array<L | I>; versions: EvidenceVersion[]; clashes: MergeClash[] } {
  const byId = new Map<string, L | I>(local.map((a) => [a.id, a]));
  const renamed = new Map<string, string>();
  const clashes: MergeClash[] = [];
  for (const a of incoming) {
    const mine = byId.get(a.id);
    if (!mine) {
      byId.set(a.id, a);
    } else if (mine.sha256 !== a.sha256) {
      const keptAs = `${a.id}~${a.sha256.slice(0, 16)}`;
      renamed.set(`${a.id} ${a.sha256}`, keptAs);
      if (!byId.has(keptAs)) byId.set(keptAs, { ...a, id: keptAs });
      clashes.push({ kind: 'attachment-clash', attachmentId: a.id, local: metaOf(mine), incoming: metaOf(a), incomingKeptAs: keptAs });
    }
  }
  const versions = renamed.size
    ? incomingVersions.map((v) => ({ ...v, attachments: v.attachments.map((a) => ({ ...a, id: renamed.get(`${a.id} ${a.sha256}`) ?? a.id })) }))
    : [...incomingVersions];
  return { rows: [...byId.values()], versions, clashes };
}

function metaOf(a: AttachmentMeta): AttachmentMeta {
  const { id, portfolioId, evidenceId, name, type, size, sha256, createdAt } = a;
  return { id, portfolioId, evidenceId, name, type, size, sha256, createdAt };
}

/** The later-saved details win; on the same time, a fixed order of the two, so either side gets the same answer. */
function mergePortfolio(local: Portfolio, incoming: Portfolio): Portfolio {
  if (isMaskedCopy(local, incoming)) return local;
  if (isMaskedCopy(incoming, local)) return { ...incoming, nextEvidenceNumber: Math.max(local.nextEvidenceNumber, incoming.nextEvidenceNumber) };
  const order = local.updatedAt.localeCompare(incoming.updatedAt) || (canonicalize(local) ?? '').localeCompare(canonicalize(incoming) ?? '');
  const winner = order >= 0 ? local : incoming;
  const other = winner === local ? incoming : local;
  return {
    ...winner,
    nextEvidenceNumber: Math.max(local.nextEvidenceNumber, incoming.nextEvidenceNumber),
    ...unionOfLists(winner, other),
  };
}

/**
 * The portfolio's legislation and policies lists from both copies: a name either copy holds is kept
 * (the newer copy's spelling and order first), so a name added on one device is not lost to the other's
 * details winning. A list empty on both stays absent.
 */
function unionOfLists(winner: Portfolio, other: Portfolio): Pick<Portfolio, 'legislation' | 'policies'> {
  const out: Pick<Portfolio, 'legislation' | 'policies'> = {};
  for (const key of ['legislation', 'policies'] as const) {
    const list = distinctEntries([...(winner[key] ?? []), ...(other[key] ?? [])]);
    if (list.length > 0) out[key] = list;
  }
  return out;
}

const byTime =
  <T extends { id: string }>(time: (row: T) => string) =>
  (a: T, b: T): number =>
    time(a).localeCompare(time(b)) || a.id.localeCompare(b.id);

function countNew<T>(rows: readonly T[], before: readonly T[], key: (row: T) => string): number {
  const had = new Set(before.map(key));
  return rows.filter((r) => !had.has(key(r))).length;
}

/**
 * A mapping either copy already showed keeps its dates (the versions know when a point was mapped only
 * to the nearest save): the first copy's when its rationale is unchanged, else the date it was made.
 */
function keepMappingDates(derived: readonly Mapping[], shown: readonly Mapping[]): Mapping[] {
  const before = new Map<string, Mapping>();
  for (const m of shown) if (!before.has(m.id)) before.set(m.id, m);
  return derived.map((m) => {
    const old = before.get(m.id);
    if (!old) return m;
    return old.rationale === m.rationale ? { ...m, createdAt: old.createdAt, updatedAt: old.updatedAt } : { ...m, createdAt: old.createdAt };
  });
}

function sameCurrent(a: { evidence: readonly Evidence[]; mappings: readonly Mapping[] }, b: { evidence: readonly Evidence[]; mappings: readonly Mapping[] }): boolean {
  const items = (rows: readonly Evidence[]) => rows.map((e) => `${e.id} ${e.versionId} ${e.number}`).sort().join('\n');
  const maps = (rows: readonly Mapping[]) => rows.map((m) => `${m.id} ${m.rationale}`).sort().join('\n');
  return items(a.evidence) === items(b.evidence) && maps(a.mappings) === maps(b.mappings);
}

/**
 * Merges `incoming` into `local` (two copies of one portfolio): nothing either holds is lost except the
 * versions a tombstone removes, merging the same copy twice changes nothing, and the current state
 * does not depend on which copy came first.
 */
export function mergeSnapshots<L extends AttachmentMeta, I extends AttachmentMeta>(local: MergeInput<L>, incoming: MergeInput<I>): MergeResult<L | I> {
  if (local.portfolio.id !== incoming.portfolio.id) throw new Error('These are two different portfolios; only copies of one portfolio can be merged.');
  const attachments = mergeAttachments(local.attachments, incoming.attachments, incoming.versions);
  const versions = unionBy(local.versions, attachments.versions, (v) => v.id);
  const decisions = unionBy(local.decisions, incoming.decisions, (d) => d.id);
  const records = unionBy(local.records, incoming.records, (r) => r.id);
  const audit = unionBy(local.audit, incoming.audit, (a) => a.id);
  const keys = unionBy<SignerKey>(local.keys, incoming.keys, (k) => k.fingerprint);

  const deleted = deletedVersionIds(records.rows);
  const keptVersions = versions.rows.filter((v) => !deleted.has(v.id)).sort(byTime((v) => v.savedAt));
  // An attachment goes when every version naming it went with a tombstone; one no version names is kept.
  const named = new Set(keptVersions.flatMap((v) => v.attachments.map((a) => a.id)));
  const namedByDeleted = new Set(versions.rows.filter((v) => deleted.has(v.id)).flatMap((v) => v.attachments.map((a) => a.id)));
  const keptAttachments = attachments.rows.filter((a) => named.has(a.id) || !namedByDeleted.has(a.id)).sort(byTime((a) => a.createdAt));

  const portfolio = mergePortfolio(local.portfolio, incoming.portfolio);
  const current = deriveCurrent(portfolio.id, keptVersions, records.rows, [...local.evidence, ...incoming.evidence], portfolio.nextEvidenceNumber);
  const nextEvidenceNumber = Math.max(portfolio.nextEvidenceNumber, ...current.evidence.map((e) => e.number + 1));

  const snapshot: MergeInput<L | I> = {
    portfolio: { ...portfolio, nextEvidenceNumber },
    evidence: current.evidence,
    mappings: keepMappingDates(current.mappings, [...local.mappings, ...incoming.mappings]),
    versions: keptVersions,
    decisions: decisions.rows.sort(byTime((d) => d.decidedAt)),
    records: records.rows.sort(byTime((r) => r.at)),
    attachments: keptAttachments,
    audit: audit.rows.sort(byTime((a) => a.at)),
    keys: keys.rows.sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  };

  const byRecordType: Partial<Record<RecordType, number>> = {};
  const hadRecord = new Set(local.records.map((r) => r.id));
  for (const r of snapshot.records) if (!hadRecord.has(r.id)) byRecordType[r.type] = (byRecordType[r.type] ?? 0) + 1;
  const added = {
    items: countNew(snapshot.evidence, local.evidence, (e) => e.id),
    versions: countNew(snapshot.versions, local.versions, (v) => v.id),
    decisions: countNew(snapshot.decisions, local.decisions, (d) => d.id),
    records: countNew(snapshot.records, local.records, (r) => r.id),
    attachments: countNew(snapshot.attachments, local.attachments, (a) => a.id),
    audit: countNew(snapshot.audit, local.audit, (a) => a.id),
    keys: countNew(snapshot.keys, local.keys, (k) => k.fingerprint),
    byRecordType,
  };
  const removed = {
    items: countNew(local.evidence, snapshot.evidence, (e) => e.id),
    versions: countNew(local.versions, snapshot.versions, (v) => v.id),
    attachments: countNew(local.attachments, snapshot.attachments, (a) => a.id),
  };
  const clashes: MergeClash[] = [
    ...attachments.clashes,
    ...versions.differing.map(([l, i]): MergeClash => ({ kind: 'different-record', part: 'versions', local: l, incoming: i })),
    ...decisions.differing.map(([l, i]): MergeClash => ({ kind: 'different-record', part: 'decisions', local: l, incoming: i })),
    ...records.differing.map(([l, i]): MergeClash => ({ kind: 'different-record', part: 'records', local: l, incoming: i })),
    ...audit.differing.map(([l, i]): MergeClash => ({ kind: 'different-record', part: 'audit', local: l, incoming: i })),
  ];
  const counted = [added.items, added.versions, added.decisions, added.records, added.attachments, added.audit, added.keys, removed.items, removed.versions, removed.attachments];
  const changed = counted.some((n) => n > 0) || !same(snapshot.portfolio, local.portfolio) || !sameCurrent(snapshot, local);
  return { snapshot, added, removed, conflicts: [...current.conflicts, ...clashes], changed };
}
