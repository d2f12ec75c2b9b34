import { clock } from './clock';
import { db, type DraftRow } from './database';

export function draftKey(portfolioId: string, evidenceId: string | undefined): string {
  return evidenceId ?? `${portfolioId}:new`;
}

export async function saveDraft(portfolioId: string, evidenceId: string | undefined, values: unknown): Promise<void> {
  await db().drafts.put({
    id: draftKey(portfolioId, evidenceId),
    portfolioId,
    evidenceId: evidenceId ?? null,
    values,
    savedAt: clock.now(),
  });
}

export function getDraft(portfolioId: string, evidenceId: string | undefined): Promise<DraftRow | undefined> {
  return db().drafts.get(draftKey(portfolioId, evidenceId));
}

export async function discardDraft(portfolioId: string, evidenceId: string | undefined): Promise<void> {
  await db().drafts.delete(draftKey(portfolioId, evidenceId));
}
