import { versionHashes } from './evidence-hash';
import { mappingId, formatRef } from './references';
import type { EvidenceVersion, VersionContent } from './records';
import type { AttachmentMeta, Evidence, EvidenceInput, Mapping, Person } from './schemas';
import { structuredContentOf } from './structured-content';

/** What a save of one item says; the version's hashes are computed from it. */
export interface VersionDraft {
  id: string;
  portfolioId: string;
  evidenceId: string;
  number: number;
  version: number;
  parents: readonly string[];
  savedAt: string;
  author: Person;
  content: EvidenceInput | VersionContent;
  attachments: readonly Pick<AttachmentMeta, 'id' | 'sha256'>[];
  mappings: readonly { markingPointId: string; rationale: string }[];
  /** Tombstones the user saw and kept the item after (src/domain/history.ts). */
  keptAfterDelete?: readonly string[];
}

/** Only the content fields a version keeps, whatever else the value carries (a stored item has more). */
export function versionContentOf(item: VersionContent): VersionContent {
  const { title, kind, date, customerType, fields, reflection, tags } = item;
  return { title, kind, date, customerType, fields: { ...fields }, reflection, tags: [...tags], ...structuredContentOf(item) };
}


/** A new version, its hashes computed once, here (never recomputed from a changed shape later). */
export async function makeVersion(draft: VersionDraft): Promise<EvidenceVersion> {
  const content = versionContentOf(draft.content);
  const mappings = [...draft.mappings]
    .map((m) => ({ markingPointId: m.markingPointId, rationale: m.rationale.trim() }))
    .sort((a, b) => a.markingPointId.localeCompare(b.markingPointId));
  const attachments = draft.attachments.map((a) => ({ id: a.id, sha256: a.sha256 }));
  const hashes = await versionHashes(
    content,
    attachments.map((a) => a.sha256),
    mappings,
  );
  return {
    id: draft.id,
    portfolioId: draft.portfolioId,
    evidenceId: draft.evidenceId,
    number: draft.number,
    version: draft.version,
    parents: [...draft.parents],
    ...(draft.keptAfterDelete?.length ? { keptAfterDelete: [...draft.keptAfterDelete] } : {}),
    savedAt: draft.savedAt,
    author: draft.author,
    content,
    attachments,
    mappings,
    ...hashes,
  };
}

/** The current-state row a version gives (createdAt is the item's first save). */
export function evidenceFromVersion(v: EvidenceVersion, createdAt: string, number = v.number): Evidence {
  return {
    id: v.evidenceId,
    portfolioId: v.portfolioId,
    number,
    ref: formatRef(number),
    ...versionContentOf(v.content),
    version: v.version,
    versionId: v.id,
    createdAt,
    updatedAt: v.savedAt,
  };
}

/** The current-state mapping rows a version gives. */
export function mappingsFromVersion(v: EvidenceVersion, createdAtOf: (markingPointId: string) => string = () => v.savedAt): Mapping[] {
  return v.mappings.map((m) => ({
    id: mappingId(v.evidenceId, m.markingPointId),
    portfolioId: v.portfolioId,
    evidenceId: v.evidenceId,
    markingPointId: m.markingPointId,
    rationale: m.rationale,
    createdAt: createdAtOf(m.markingPointId),
    updatedAt: v.savedAt,
  }));
}

