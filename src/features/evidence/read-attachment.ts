import type { NewAttachment } from '../../db';
import { sha256Hex } from '../../domain/hash';
import { shortForMessage } from '../../domain/short-for-message';
import { checkAttachment } from './attachment-rules';

export type ReadResult = { ok: true; attachment: NewAttachment } | { ok: false; reason: string };

/** Checks a chosen file, then reads and hashes it; a refused file is never read. */
export async function readAttachment(file: File): Promise<ReadResult> {
  const check = checkAttachment(file);
  if (!check.ok) return check;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return {
      ok: true,
      attachment: { name: file.name, type: check.type, size: bytes.byteLength, sha256: await sha256Hex(bytes), blob: new Blob([bytes], { type: check.type }) },
    };
  } catch {
    return { ok: false, reason: `${shortForMessage(file.name)} could not be read. It may have been moved or deleted since you chose it; choose it again.` };
  }
}
