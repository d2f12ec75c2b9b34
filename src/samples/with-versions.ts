import type { EvidenceVersion } from '../domain/records';
import type { AttachmentMeta, Evidence, Mapping } from '../domain/schemas';
import { makeVersion } from '../domain/versions';

/** An item as a sample writes it, before it has a saved version. */
export type UnversionedEvidence = Omit<Evidence, 'versionId'>;

/**
 * Gives each sample item the version a learner's save would have written (its hashes included), and
 * the item its `versionId`. Version ids are derived from the item's, so a seeded sample stays the same.
 */
export async function withVersions(
  learnerName: string,
  items: readonly UnversionedEvidence[],
  mappings: readonly Mapping[],
  attachments: readonly AttachmentMeta[],
): Promise<{ evidence: Evidence[]; versions: EvidenceVersion[] }> {
  const versions = await Promise.all(
    items.map((e) =>
      makeVersion({
        id: `${e.id}:v${e.version}`,
        portfolioId: e.portfolioId,
        evidenceId: e.id,
        number: e.number,
        version: e.version,
        parents: [],
        savedAt: e.updatedAt,
        author: { role: 'learner', name: learnerName },
        content: e,
        attachments: attachments.filter((a) => a.evidenceId === e.id),
        mappings: mappings.filter((m) => m.evidenceId === e.id),
      }),
    ),
  );
  return { evidence: items.map((e, i) => ({ ...e, versionId: versions[i]?.id ?? `${e.id}:v${e.version}` })), versions };
}
