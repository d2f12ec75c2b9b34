import type { AttachmentWithBytes } from '../../domain/snapshot';
import type { PdfModel } from './types';

/**
 * The stored bytes the renderer needs for a model: those of the pictures it shows, by attachment
 * id. Files that are only listed are never read, so their bytes stay out.
 */
export function attachmentBytesFor(model: PdfModel, attachments: readonly AttachmentWithBytes[]): Map<string, Uint8Array> {
  const shown = new Set(model.evidence.items.flatMap((i) => i.images.map((image) => image.attachmentId)));
  return new Map(attachments.filter((a) => shown.has(a.id)).map((a) => [a.id, a.bytes]));
}
