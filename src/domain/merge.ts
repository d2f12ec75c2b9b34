import { deriveCurrent, type HistoryConflict } from './history';
import type { PortfolioSnapshot } from './snapshot';

/*
 * H-file's smallest honest version of H-history's mergeSnapshots (issue 8 plan): the owner's version,
 * with its fast-check properties, replaces this one on merge.
 */

/** What a merge brought in that the device did not have, part by part. */
export interface MergeCounts {
  items: number;
  versions: number;
  decisions: number;
  comments: number;
  signOffs: number;
  /** Every other record: ready marks, countersignatures, unlocks, declarations, key changes, deletions. */
  otherRecords: number;
  attachments: number;
  audit: number;
}

export interface MergeConflict extends HistoryConflict {
  /** The item's reference after the merge (E004), for a person to find it. */
  ref: string;
}

export interface MergeResult {
  snapshot: PortfolioSnapshot;
  added: MergeCounts;
  conflicts: MergeConflict[];
  /** False when the device already held everything the incoming copy holds. */
  changed: boolean;
}

function unionById<T extends { id: string }>(local: readonly T[], incoming: readonly T[]): { all: T[]; added: T[] } {
  const known = new Set(local.map((r) => r.id));
  const added = incoming.filter((r) => !known.has(r.id));
  return { all: [...local, ...added], added };
}

/**
 * Two copies of one portfolio as one: every append-only part (versions, decisions, records, audit,
 * attachments, keys) is the union of both by id; versions a tombstone lists are dropped; the current
 * rows are derived again from what is left. The portfolio's details come from the copy changed last;
 * `nextEvidenceNumber` is the higher. Pure; merging the same copy again changes nothing.
 */
export function mergeSnapshots(local: PortfolioSnapshot, incoming: PortfolioSnapshot): MergeResult {
  const versions = unionById(local.versions, incoming.versions);
  const decisions = unionById(local.decisions, incoming.decisions);
  const records = unionById(local.records, incoming.records);
  const audit = unionById(local.audit, incoming.audit);
  const attachments = unionById(local.attachments, incoming.attachments);
  const knownKeys = new Set(local.keys.map((k) => k.fingerprint));
  const keys = [...local.keys, ...incoming.keys.filter((k) => !knownKeys.has(k.fingerprint))];

  const deleted = new Set(records.all.flatMap((r) => (r.type === 'tombstone' ? r.versionIds : [])));
  const keptVersions = versions.all.filter((v) => !deleted.has(v.id));
  const newer = incoming.portfolio.updatedAt > local.portfolio.updatedAt ? incoming.portfolio : local.portfolio;
  const derived = deriveCurrent(local.portfolio.id, keptVersions, records.all, [...local.evidence, ...incoming.evidence], [...local.mappings, ...incoming.mappings]);
  const highest = Math.max(0, ...derived.evidence.map((e) => e.number));
  const portfolio = {
    ...newer,
    id: local.portfolio.id,
    nextEvidenceNumber: Math.max(local.portfolio.nextEvidenceNumber, incoming.portfolio.nextEvidenceNumber, highest + 1),
  };
  const localItems = new Set(local.evidence.map((e) => e.id));
  const countRecords = (type: string) => records.added.filter((r) => r.type === type).length;
  const added: MergeCounts = {
    items: derived.evidence.filter((e) => !localItems.has(e.id)).length,
    versions: versions.added.filter((v) => !deleted.has(v.id)).length,
    decisions: decisions.added.length,
    comments: countRecords('comment'),
    signOffs: countRecords('sign-off'),
    otherRecords: records.added.length - countRecords('comment') - countRecords('sign-off'),
    attachments: attachments.added.length,
    audit: audit.added.length,
  };
  const refOf = new Map(derived.evidence.map((e) => [e.id, e.ref]));
  const changed =
    Object.values(added).some((n) => n > 0) ||
    keys.length > local.keys.length ||
    JSON.stringify(portfolio) !== JSON.stringify(local.portfolio) ||
    keptVersions.length !== local.versions.length;
  return {
    snapshot: {
      portfolio,
      evidence: derived.evidence,
      mappings: derived.mappings,
      versions: keptVersions,
      decisions: decisions.all,
      records: records.all,
      attachments: attachments.all,
      audit: audit.all,
      keys,
    },
    added,
    conflicts: derived.conflicts.map((c) => ({ ...c, ref: refOf.get(c.evidenceId) ?? 'a deleted item' })),
    changed,
  };
}
