import { currentAttachmentIds } from '../domain/current-attachments';
import type { AttachmentMeta } from '../domain/schemas';
import { db, type AttachmentRow } from './database';

/** The attachments of an item's current version (earlier versions may have had others, still stored for them). */
export async function listAttachments(evidenceId: string): Promise<AttachmentRow[]> {
  const d = db();
  return d.transaction('r', [d.evidence, d.versions, d.attachments], async () => {
    const item = await d.evidence.get(evidenceId);
    const version = item ? await d.versions.get(item.versionId) : undefined;
    const current = new Set(version?.attachments.map((a) => a.id) ?? []);
    return (await d.attachments.where('evidenceId').equals(evidenceId).toArray()).filter((a) => current.has(a.id));
  });
}

/** Records without their blobs, for lists that need only names and sizes. */
export async function listAttachmentMeta(portfolioId: string): Promise<AttachmentMeta[]> {
  const d = db();
  return d.transaction('r', [d.evidence, d.versions, d.attachments], async () => {
    const [evidence, versions, rows] = await Promise.all([
      d.evidence.where('portfolioId').equals(portfolioId).toArray(),
      d.versions.where('portfolioId').equals(portfolioId).toArray(),
      d.attachments.where('portfolioId').equals(portfolioId).toArray(),
    ]);
    const current = currentAttachmentIds(evidence, versions);
    return rows.filter((a) => current.has(a.id)).map(({ blob: _blob, ...meta }) => meta);
  });
}
