import type { EvidenceVersion, VersionContent } from './records';
import type { AttachmentMeta } from './schemas';
import { makeVersion } from './versions';

/** An item as it was stored before versions existed (a schema 1–2 row, a format 1 file). */
export type UnversionedItem = VersionContent & { id: string; portfolioId: string; number: number; version: number; updatedAt: string };

/** The id of the version an item that had none is given: the same wherever it is made. */
export function firstVersionId(item: Pick<UnversionedItem, 'id' | 'version'>): string {
  return `${item.id}:v${item.version}`;
}

/**
 * The one version an item saved before issue 8 is given: its state as stored, saved by the learner
 * when it was last changed. The database upgrade to schema 3 and the format 1 → 2 migration both make
 * it here, so a device that upgraded and an old file of the same portfolio hold the same version (the
 * same id and hashes), and merging one into the other adds nothing.
 */
export function firstVersionOf(
  item: UnversionedItem,
  learnerName: string,
  attachments: readonly Pick<AttachmentMeta, 'id' | 'sha256'>[],
  mappings: readonly { markingPointId: string; rationale: string }[],
): Promise<EvidenceVersion> {
  return makeVersion({
    id: firstVersionId(item),
    portfolioId: item.portfolioId,
    evidenceId: item.id,
    number: item.number,
    version: item.version,
    parents: [],
    savedAt: item.updatedAt,
    author: { role: 'learner', name: learnerName },
    content: item,
    attachments,
    mappings,
  });
}
