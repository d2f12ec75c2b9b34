import type { NewAttachment } from '../../db/evidence-writes';
import { checkAttachment, checkAttachmentFile, shortName, type AttachmentRefusalCode } from '../../domain/attachments';
import { sha256Hex } from '../../domain/hash';

export type ReadResult = { ok: true; attachment: NewAttachment } | { ok: false; code: AttachmentRefusalCode | 'unreadable'; reason: string };

/**
 * Checks a chosen file by its name, type and size, then reads it and checks its bytes with the same
 * rules an import uses; a file refused on the first check is never read. The stored type is the one
 * the rules confirmed, never the one the browser reported.
 */
export async function readAttachment(file: File): Promise<ReadResult> {
  const before = checkAttachmentFile(file);
  if (!before.ok) return before;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, code: 'unreadable', reason: `${shortName(file.name)} could not be read. It may have been moved or deleted since you chose it; choose it again.` };
  }
  const check = checkAttachment({ name: file.name, type: file.type, bytes });
  if (!check.ok) return check;
  return {
    ok: true,
    attachment: { name: file.name, type: check.type, size: bytes.byteLength, sha256: await sha256Hex(bytes), blob: new Blob([bytes], { type: check.type }) },
  };
}
