import { db, type PrintCopyRow } from './database';

/** The print copies kept for these photos (by SHA-256), to hand to the PDF maker. */
export function getPrintCopies(sha256s: readonly string[]): Promise<PrintCopyRow[]> {
  if (sha256s.length === 0) return Promise.resolve([]);
  return db().printCopies.where('sha256').anyOf([...new Set(sha256s)]).toArray();
}

/** Keeps print copies the PDF maker made, so the next export does not scale the photos again. */
export async function savePrintCopies(copies: readonly PrintCopyRow[]): Promise<void> {
  if (copies.length === 0) return;
  // Only the fields of a row: what arrives from the worker may carry more.
  await db().printCopies.bulkPut(copies.map(({ key, sha256, bytes, width, height, format }) => ({ key, sha256, bytes, width, height, format })));
}

/**
 * Drops the print copies of photos no attachment on this device has any more (a deleted item or
 * portfolio, a replaced import). Copies are a cache, so this runs lazily, after an export.
 */
export async function prunePrintCopies(): Promise<number> {
  const d = db();
  return d.transaction('rw', d.attachments, d.printCopies, async () => {
    const kept = await d.printCopies.orderBy('sha256').uniqueKeys();
    if (kept.length === 0) return 0;
    const live = new Set<string>();
    // Records only: the blobs stay on disk while the SHA-256s are read.
    await d.attachments.each((a) => {
      live.add(a.sha256);
    });
    const orphans = kept.map(String).filter((sha) => !live.has(sha));
    if (orphans.length === 0) return 0;
    return d.printCopies.where('sha256').anyOf(orphans).delete();
  });
}
