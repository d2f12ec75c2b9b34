import { Dexie } from 'dexie';
import type { PortfolioRecord } from '../domain/records';
import type { Evidence, EvidenceInput } from '../domain/schemas';
import { clock } from '../platform/clock';
import { refuseLockedChange, withLockCheck } from './locks';
import { signatureChecksOf } from './signature-checks';
import { db, type AttachmentRow } from './database';
import { draftKey } from './drafts';
import type { MappingInput } from './mappings';
import { listNewEntriesOf } from './portfolio-lists';
import { addAudit } from './portfolios';
import { appendVersion } from './versions';

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
  // Loaded before the transaction (an import inside it would let it close), and not with the first
  // screen: the diff brings the kinds' labels, which only the audit entry of an edit needs.
  const diff = await import('../domain/version-diff');
  const checks = await signatureChecksOf(req.portfolioId);
  return d.transaction('rw', withLockCheck([d.portfolios, d.evidence, d.mappings, d.versions, d.attachments, d.audit, d.drafts]), async () => {
    const portfolio = await d.portfolios.get(req.portfolioId);
    if (!portfolio) throw new Error('This portfolio no longer exists on this device.');
    const now = clock.now();
    let existing: Evidence | undefined;
    let number = portfolio.nextEvidenceNumber;
    let evidenceId = clock.newId();
    if (req.evidenceId) {
      existing = await d.evidence.get(req.evidenceId);
      if (!existing || existing.portfolioId !== req.portfolioId) throw new Error('This evidence item no longer exists.');
      number = existing.number;
      evidenceId = existing.id;
    }
    const mappedBefore = new Set((await d.mappings.where('evidenceId').equals(evidenceId).toArray()).map((m) => m.markingPointId));
    await Dexie.waitFor(refuseLockedChange(
      req.portfolioId,
      checks,
      existing?.id,
      req.mappings.map((m) => m.markingPointId).filter((p) => !mappedBefore.has(p)),
    ));
    if (!existing) {
      await d.portfolios.update(portfolio.id, { nextEvidenceNumber: number + 1 });
    }

    // Attachments are never deleted while a version refers to them: removing one from an item
    // leaves it in the item's earlier versions.
    const stored = await d.attachments.where('evidenceId').equals(evidenceId).toArray();
    const kept = stored.filter((a) => !req.removeAttachmentIds?.includes(a.id));
    const removed = stored.filter((a) => req.removeAttachmentIds?.includes(a.id));
    const added: AttachmentRow[] = (req.addAttachments ?? []).map((a) => ({
      id: clock.newId(),
      portfolioId: req.portfolioId,
      evidenceId,
      name: a.name,
      type: a.type,
      size: a.size,
      sha256: a.sha256,
      createdAt: now,
      blob: a.blob,
    }));
    if (added.length) await d.attachments.bulkAdd(added);

    const previous = existing ? await d.versions.get(existing.versionId) : undefined;
    const { item, version } = await appendVersion(
      { portfolioId: req.portfolioId, evidenceId, number, author: { role: 'learner', name: portfolio.learnerName }, now },
      existing,
      {
        content: req.input,
        mappings: req.mappings.map((m) => ({ markingPointId: m.markingPointId, rationale: m.rationale.trim() })),
        attachments: [...kept, ...added].map((a) => ({ id: a.id, sha256: a.sha256 })),
      },
    );
    await d.portfolios.update(portfolio.id, { updatedAt: now });
    // An act or policy typed on the item joins the portfolio's list, to be offered on the next item.
    await listNewEntriesOf(req.portfolioId, req.input, item.ref);
    await d.drafts.delete(draftKey(req.portfolioId, req.evidenceId));
    const names = new Map([...kept, ...added, ...removed].map((f) => [f.id, f.name]));
    const detail = previous ? diff.editAuditDetail(`${item.ref} ${item.title}`, previous, version, (id) => names.get(id)) : `${item.ref} ${item.title}`;
    await addAudit(req.portfolioId, req.evidenceId ? 'evidence updated' : 'evidence added', detail);
    return item;
  });
}

/**
 * Deletes an item: its current rows, versions, attachments and draft go, and a tombstone naming the
 * versions deleted stays, so a merge with a copy made before the delete does not bring it back.
 */
export async function deleteEvidence(evidenceId: string): Promise<void> {
  const d = db();
  const portfolioId = (await d.evidence.get(evidenceId))?.portfolioId;
  if (!portfolioId) return;
  const checks = await signatureChecksOf(portfolioId);
  await d.transaction('rw', withLockCheck([d.evidence, d.mappings, d.versions, d.records, d.attachments, d.drafts, d.audit, d.portfolios]), async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) return;
    await Dexie.waitFor(refuseLockedChange(item.portfolioId, checks, evidenceId));
    const portfolio = await d.portfolios.get(item.portfolioId);
    const versionIds = await d.versions.where('evidenceId').equals(evidenceId).primaryKeys();
    const now = clock.now();
    const tombstone: PortfolioRecord = {
      id: clock.newId(),
      portfolioId: item.portfolioId,
      type: 'tombstone',
      at: now,
      by: { role: 'learner', name: portfolio?.learnerName ?? 'Learner' },
      evidenceId,
      versionIds: versionIds.length ? versionIds : [item.versionId],
    };
    await d.records.add(tombstone);
    await d.mappings.where('evidenceId').equals(evidenceId).delete();
    await d.versions.where('evidenceId').equals(evidenceId).delete();
    await d.attachments.where('evidenceId').equals(evidenceId).delete();
    await d.drafts.delete(evidenceId);
    await d.evidence.delete(evidenceId);
    await d.portfolios.update(item.portfolioId, { updatedAt: now });
    await addAudit(item.portfolioId, 'evidence deleted', `${item.ref} ${item.title}`);
  });
}
