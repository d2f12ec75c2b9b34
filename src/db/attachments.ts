import type { AttachmentMeta } from '../domain/schemas';
import { db, type AttachmentRow } from './database';

export function listAttachments(evidenceId: string): Promise<AttachmentRow[]> {
  return db().attachments.where('evidenceId').equals(evidenceId).toArray();
}

/** Records without their blobs, for lists that need only names and sizes. */
export async function listAttachmentMeta(portfolioId: string): Promise<AttachmentMeta[]> {
  const rows = await db().attachments.where('portfolioId').equals(portfolioId).toArray();
  return rows.map(({ blob: _blob, ...meta }) => meta);
}
