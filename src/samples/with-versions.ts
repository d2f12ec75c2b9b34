import type { EvidenceVersion } from '../domain/records';
import type { AttachmentMeta, Evidence, Mapping } from '../domain/schemas';
import { firstVersionId, firstVersionOf } from '../domain/first-version';

/** An item as a sample writes it, before it has a saved version. */
export type UnversionedEvidence = Omit<Evidence, 'versionId'>;

/**
 * Gives each sample item its first version (firstVersionOf: the one an upgraded item gets, hashes
 * included), and the item its `versionId`. Version ids are derived from the item's, so a seeded sample
 * stays the same.
 */
export async function withVersions(
  learnerName: string,
  items: readonly UnversionedEvidence[],
  mappings: readonly Mapping[],
  attachments: readonly AttachmentMeta[],
): Promise<{ evidence: Evidence[]; versions: EvidenceVersion[] }> {
  const versions = await Promise.all(
    items.map((e) =>
      firstVersionOf(
        e,
        learnerName,
        attachments.filter((a) => a.evidenceId === e.id),
        mappings.filter((m) => m.evidenceId === e.id),
      ),
    ),
  );
  return { evidence: items.map((e, i) => ({ ...e, versionId: versions[i]?.id ?? firstVersionId(e) })), versions };
}
