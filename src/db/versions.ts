import { Dexie } from 'dexie';
import type { EvidenceVersion, VersionContent } from '../domain/records';
import type { Evidence, Person } from '../domain/schemas';
import { evidenceFromVersion, makeVersion, mappingsFromVersion } from '../domain/versions';
import { clock } from '../platform/clock';
import { db } from './database';

/** What changes in a new version of an item; anything absent stays as the current version has it. */
export interface VersionChange {
  content?: VersionContent;
  mappings?: readonly { markingPointId: string; rationale: string }[];
  /** The item's attachments after the change, by id and SHA-256. */
  attachments?: readonly { id: string; sha256: string }[];
  /** When settling a conflict: every head the new version follows (the current one by default). */
  parents?: readonly string[];
  /** When keeping an item edited after it was deleted: the tombstones answered. */
  keptAfterDelete?: readonly string[];
}

/**
 * Appends a version to an item (or its first, when `current` is undefined) and rewrites the item's
 * current-state rows (evidence and mappings) from it. Call inside a transaction over evidence,
 * mappings and versions; the hashing is Web Crypto, so it waits through Dexie.waitFor.
 */
export async function appendVersion(
  args: { portfolioId: string; evidenceId: string; number: number; author: Person; now: string },
  current: Evidence | undefined,
  change: VersionChange,
): Promise<{ item: Evidence; version: EvidenceVersion }> {
  const d = db();
  const previous = current ? await d.versions.get(current.versionId) : undefined;
  if (current && !previous) throw new Error('This item’s saved history is missing on this device.');
  const content = change.content ?? previous?.content;
  if (!content) throw new Error('A new evidence item needs its content.');
  const version = await Dexie.waitFor(
    makeVersion({
      id: clock.newId(),
      portfolioId: args.portfolioId,
      evidenceId: args.evidenceId,
      number: args.number,
      version: (current?.version ?? 0) + 1,
      parents: change.parents ?? (current ? [current.versionId] : []),
      savedAt: args.now,
      author: args.author,
      content,
      attachments: change.attachments ?? previous?.attachments ?? [],
      mappings: change.mappings ?? previous?.mappings ?? [],
      keptAfterDelete: change.keptAfterDelete,
    }),
  );
  const item = evidenceFromVersion(version, current?.createdAt ?? args.now);
  const oldMappings = await d.mappings.where('evidenceId').equals(args.evidenceId).toArray();
  const createdAt = new Map(oldMappings.map((m) => [m.markingPointId, m.createdAt]));
  const unchanged = new Map(oldMappings.map((m) => [m.markingPointId, m]));
  await d.versions.add(version);
  await d.evidence.put(item);
  await d.mappings.where('evidenceId').equals(args.evidenceId).delete();
  await d.mappings.bulkPut(
    mappingsFromVersion(version, (p) => createdAt.get(p) ?? args.now).map((m) => {
      // A mapping whose rationale did not change keeps its date.
      const old = unchanged.get(m.markingPointId);
      return old && old.rationale === m.rationale ? { ...m, updatedAt: old.updatedAt } : m;
    }),
  );
  return { item, version };
}

/** Every saved version of an item, oldest first. */
export function listVersions(evidenceId: string): Promise<EvidenceVersion[]> {
  return db().versions.where('evidenceId').equals(evidenceId).sortBy('savedAt');
}
