import type { EvidenceVersion } from './records';
import type { Evidence } from './schemas';

/**
 * The attachments of the items' current versions. A removed attachment stays stored for the versions
 * that had it, so anything showing the current state (editor, lists, PDF) goes through this.
 */
export function currentAttachmentIds(evidence: readonly Evidence[], versions: readonly EvidenceVersion[]): Set<string> {
  const current = new Set(evidence.map((e) => e.versionId));
  return new Set(versions.filter((v) => current.has(v.id)).flatMap((v) => v.attachments.map((a) => a.id)));
}
