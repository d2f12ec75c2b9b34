import { clock } from '../platform/clock';
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

/** An unsaved draft as a person would recognise it: which item, under what title, from when. */
export interface DraftSummary {
  id: string;
  /** The saved item the draft changes; null for an item never saved. */
  evidenceId: string | null;
  /** The saved item's reference (E004), when it still exists. */
  ref: string | undefined;
  /** The title the draft holds, else the saved item's. */
  title: string | undefined;
  savedAt: string;
}

/** The title typed into a draft, read defensively: a draft is untyped data, perhaps from an older build. */
function draftTitle(values: unknown): string | undefined {
  const form = typeof values === 'object' && values !== null && 'form' in values ? values.form : undefined;
  const title = typeof form === 'object' && form !== null && 'title' in form ? form.title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

/** Every unsaved draft of a portfolio on this device, oldest first: what replacing the portfolio would delete. */
export async function draftsOf(portfolioId: string): Promise<DraftSummary[]> {
  const d = db();
  return d.transaction('r', [d.drafts, d.evidence], async () => {
    const rows = await d.drafts.where('portfolioId').equals(portfolioId).toArray();
    const summaries = await Promise.all(
      rows.map(async (row): Promise<DraftSummary> => {
        const item = row.evidenceId ? await d.evidence.get(row.evidenceId) : undefined;
        return { id: row.id, evidenceId: row.evidenceId, ref: item?.ref, title: draftTitle(row.values) ?? item?.title, savedAt: row.savedAt };
      }),
    );
    return summaries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  });
}
