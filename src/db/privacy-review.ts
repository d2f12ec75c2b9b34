import { useLiveQuery } from 'dexie-react-hooks';
import type { TextSnapshot } from '../domain/privacy/snapshot-texts';
import { db } from './database';
import { wholePortfolioScope } from './portfolio-tables';
import { readOwnedRows } from './snapshot';

/*
 * The privacy check before an export (issue 10): what it reads, and the learner's choices, which live in
 * the device-only portfolioLocal row like the "people to redact" list and so never leave the device.
 */

export type PrivacyChoice = 'redact' | 'keep';
export type PrivacyChoices = Readonly<Record<string, PrivacyChoice>>;

const NONE: PrivacyChoices = {};

export async function getPrivacyChoices(portfolioId: string): Promise<PrivacyChoices> {
  return (await db().portfolioLocal.get(portfolioId))?.privacyChoices ?? NONE;
}

/** Adds or changes choices (by choiceKey); the others, and the row's other device-only facts, are kept. */
export async function setPrivacyChoices(portfolioId: string, changes: PrivacyChoices): Promise<void> {
  const d = db();
  await d.transaction('rw', d.portfolioLocal, async () => {
    const row = await d.portfolioLocal.get(portfolioId);
    await d.portfolioLocal.put({ ...row, portfolioId, privacyChoices: { ...row?.privacyChoices, ...changes } });
  });
}

export function usePrivacyChoices(portfolioId: string): PrivacyChoices | undefined {
  return useLiveQuery(() => getPrivacyChoices(portfolioId), [portfolioId]);
}

/**
 * Everything an export of the portfolio carries that holds text, without the attachments' bytes (the
 * check reads their names only). Undefined when the portfolio is not on this device.
 */
export async function readExportTexts(portfolioId: string): Promise<TextSnapshot | undefined> {
  const d = db();
  return d.transaction('r', wholePortfolioScope(d), async () => {
    const owned = await readOwnedRows(portfolioId);
    if (!owned) return undefined;
    const attachments = owned.attachments.map(({ blob: _blob, ...meta }) => meta);
    return { ...owned, attachments, keys: [] };
  });
}

/** readExportTexts, live: the check follows any change made while the Export page is open. */
export function useExportTexts(portfolioId: string): TextSnapshot | null | undefined {
  return useLiveQuery(async () => (await readExportTexts(portfolioId)) ?? null, [portfolioId]);
}
