import { checkAttachment, shortName, type AttachmentRefusalCode } from '../attachments';
import type { Evidence } from '../schemas';
import type { AttachmentWithBytes } from '../snapshot';

/** An attachment an import leaves out, and why; the rest of the file can still be imported without it. */
export interface RefusedAttachment {
  id: string;
  /** The file's name, cut to a readable length with invisible characters shown. */
  name: string;
  /** The reference of the evidence item it belongs to, e.g. "E004". */
  evidenceRef: string;
  code: AttachmentRefusalCode;
  reason: string;
}

/**
 * Holds every attachment of a checked file to the same rules the editor uses. The ones that pass keep
 * the type the rules confirmed (never the type the file declared); the others are listed, not kept.
 */
export function screenAttachments(
  attachments: readonly AttachmentWithBytes[],
  evidence: readonly Evidence[],
): { kept: AttachmentWithBytes[]; refused: RefusedAttachment[] } {
  const kept: AttachmentWithBytes[] = [];
  const refused: RefusedAttachment[] = [];
  const refs = new Map(evidence.map((e) => [e.id, e.ref]));
  for (const attachment of attachments) {
    const check = checkAttachment(attachment);
    if (check.ok) {
      kept.push({ ...attachment, type: check.type });
      continue;
    }
    const evidenceRef = refs.get(attachment.evidenceId) ?? 'an evidence item';
    refused.push({ id: attachment.id, name: shortName(attachment.name), evidenceRef, code: check.code, reason: check.reason });
  }
  return { kept, refused };
}
