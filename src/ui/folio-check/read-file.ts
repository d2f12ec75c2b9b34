import { folioErrors } from '../../domain/portfolio-file/errors';
import { MB } from '../../domain/byte-sizes';

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

interface ReadOptions {
  maxBytes: number;
  onProgress?: (loaded: number, total: number) => void;
  /** Bytes per read: small enough for steady progress, large enough not to crawl. */
  chunkBytes?: number;
}

/**
 * Reads a chosen file in slices, reporting progress. Its size is checked first, from the file's
 * record, so an oversized file is refused without a byte of it being read.
 */
export async function readFileBytes(file: Blob, { maxBytes, onProgress, chunkBytes = 4 * MB }: ReadOptions): Promise<ReadOutcome> {
  if (file.size > maxBytes) return { ok: false, message: folioErrors.tooLarge(file.size, maxBytes).message };
  const bytes = new Uint8Array(file.size);
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const part = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
      bytes.set(part, offset);
      onProgress?.(offset + part.length, file.size);
    }
  } catch (e) {
    const detail = e instanceof Error && e.message ? ` (${e.message.replace(/\.$/, '')})` : '';
    return { ok: false, message: `This file could not be read${detail}. It may have been moved or deleted since you chose it; choose it again.` };
  }
  return { ok: true, bytes };
}
