import canonicalize from 'canonicalize';
import { sha256Hex } from './hash';
import type { VersionContent } from './records';
import { structuredContentOf } from './structured-content';

/*
 * What an assessor's decision is bound to (issue 8). Both hashes are SHA-256 of RFC 8785 canonical JSON,
 * computed once when a version is saved and kept with it: a stored item migrated later keeps its hash
 * because the hash is never recomputed from a changed shape (and a test recomputes it to be sure).
 */

const encoder = new TextEncoder();

/** SHA-256 (hex) of a value's RFC 8785 canonical JSON. */
export async function canonicalHash(value: unknown): Promise<string> {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no canonical JSON form');
  return sha256Hex(encoder.encode(text));
}

/**
 * The hash of everything the learner can edit in one version: title, kind, date, customers involved,
 * the kind's fields, reflection and tags, with the attachments' SHA-256 (as a sorted list: their order
 * and file names are not judged).
 */
export function contentHash(content: VersionContent, attachmentSha256s: readonly string[]): Promise<string> {
  const { title, kind, date, customerType, fields, reflection, tags } = content;
  return canonicalHash({
    // The structured parts of format 4 join only when present, so every hash made before stays the same.
    content: { title, kind, date, customerType, fields, reflection, tags, ...structuredContentOf(content) },
    attachments: [...attachmentSha256s].sort(),
  });
}

/**
 * What a decision on one marking point records for one version: the content hash and that point's
 * rationale only, so mapping the item elsewhere leaves this point's decisions as they were.
 */
export function pointHash(contentHashHex: string, markingPointId: string, rationale: string): Promise<string> {
  return canonicalHash({ contentHash: contentHashHex, markingPointId, rationale });
}

/** Both hashes for a version about to be saved. */
export async function versionHashes(
  content: VersionContent,
  attachmentSha256s: readonly string[],
  mappings: readonly { markingPointId: string; rationale: string }[],
): Promise<{ contentHash: string; pointHashes: Record<string, string> }> {
  const hash = await contentHash(content, attachmentSha256s);
  const entries = await Promise.all(mappings.map(async (m) => [m.markingPointId, await pointHash(hash, m.markingPointId, m.rationale)] as const));
  return { contentHash: hash, pointHashes: Object.fromEntries(entries) };
}
