import { formatRef } from '../domain/references';
import type { Evidence, EvidenceInput } from '../domain/schemas';
import { clock } from '../platform/clock';
import { db, type AttachmentRow } from './database';
import { draftKey } from './drafts';
import { replaceMappings, type MappingInput } from './mappings';
import { addAudit } from './portfolios';

/** A file chosen in the editor, already read and hashed, waiting to be saved with its item. */
export interface NewAttachment {
  name: string;
  type: string;
  size: number;
  sha256: string;
  blob: Blob;
}

export interface SaveEvidenceRequest {
  portfolioId: string;
  /** Absent for a new item. */
  evidenceId?: string;
  input: EvidenceInput;
  /** The item's full set of mappings after the save. */
  mappings: readonly MappingInput[];
  addAttachments?: readonly NewAttachment[];
  removeAttachmentIds?: readonly string[];
}

/**
 * Saves an item, its mappings and its attachment changes in one transaction: either all of it
 * lands or none does. A new item takes the portfolio's next reference, which is never reused.
 */
export async function saveEvidence(req: SaveEvidenceRequest): Promise<Evidence> {
  const d = db();
  return d.transaction('rw', [d.portfolios, d.evidence, d.mappings, d.attachments, d.audit, d.drafts], async () => {
    const portfolio = await d.portfolios.get(req.portfolioId);
    if (!portfolio) throw new Error('This portfolio no longer exists on this device.');
    const now = clock.now();
    let item: Evidence;
    if (req.evidenceId) {
      const existing = await d.evidence.get(req.evidenceId);
      if (!existing || existing.portfolioId !== req.portfolioId) throw new Error('This evidence item no longer exists.');
      item = { ...existing, ...req.input, version: existing.version + 1, updatedAt: now };
    } else {
      const number = portfolio.nextEvidenceNumber;
      item = {
        ...req.input,
        id: clock.newId(),
        portfolioId: req.portfolioId,
        number,
        ref: formatRef(number),
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await d.portfolios.update(portfolio.id, { nextEvidenceNumber: number + 1 });
    }
    await d.evidence.put(item);
    await d.portfolios.update(portfolio.id, { updatedAt: now });
    await replaceMappings(item, req.mappings, now);

    if (req.removeAttachmentIds?.length) {
      const owned = await d.attachments.where('evidenceId').equals(item.id).primaryKeys();
      await d.attachments.bulkDelete(req.removeAttachmentIds.filter((id) => owned.includes(id)));
    }
    if (req.addAttachments?.length) {
      const rows: AttachmentRow[] = req.addAttachments.map((a) => ({
        id: clock.newId(),
        portfolioId: req.portfolioId,
        evidenceId: item.id,
        name: a.name,
        type: a.type,
        size: a.size,
        sha256: a.sha256,
        createdAt: now,
        blob: a.blob,
      }));
      await d.attachments.bulkAdd(rows);
    }
    await d.drafts.delete(draftKey(req.portfolioId, req.evidenceId));
    await addAudit(req.portfolioId, req.evidenceId ? 'evidence updated' : 'evidence added', `${item.ref} ${item.title}`);
    return item;
  });
}

/** Deletes an item with its mappings, attachments and draft: nothing is left orphaned. */
export async function deleteEvidence(evidenceId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.evidence, d.mappings, d.attachments, d.drafts, d.audit, d.portfolios], async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) return;
    await d.mappings.where('evidenceId').equals(evidenceId).delete();
    await d.attachments.where('evidenceId').equals(evidenceId).delete();
    await d.drafts.delete(evidenceId);
    await d.evidence.delete(evidenceId);
    await d.portfolios.update(item.portfolioId, { updatedAt: clock.now() });
    await addAudit(item.portfolioId, 'evidence deleted', `${item.ref} ${item.title}`);
  });
}

export function getEvidence(id: string): Promise<Evidence | undefined> {
  return db().evidence.get(id);
}

export function listEvidence(portfolioId: string): Promise<Evidence[]> {
  return db().evidence.where('[portfolioId+number]').between([portfolioId, 0], [portfolioId, Infinity]).toArray();
}
