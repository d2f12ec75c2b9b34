import type { PortfolioSnapshot } from '../domain/snapshot';
import { db } from './database';

/** Notes that this device has just sent the portfolio (exported it to a file) at `at`. */
export async function markSent(portfolioId: string, at: string): Promise<void> {
  // The row holds other device-only facts (the tutor's group label): keep them.
  const d = db();
  await d.transaction('rw', d.portfolioLocal, async () => {
    const row = await d.portfolioLocal.get(portfolioId);
    await d.portfolioLocal.put({ ...row, portfolioId, lastSentAt: at });
  });
}

export async function lastSentAt(portfolioId: string): Promise<string | undefined> {
  return (await db().portfolioLocal.get(portfolioId))?.lastSentAt;
}

/** Decisions and records made on this device since it last sent the portfolio, by kind. */
export interface UnsentRecords {
  decisions: number;
  records: number;
  lastSentAt: string | undefined;
}

/**
 * What replacing the device's copy with `incoming` would lose that was never sent: decisions and
 * records (comments, sign-offs, ready marks, deletions …) the device holds and the file does not, made
 * since the device last exported the portfolio (or ever, if it never did). Undefined when nothing.
 */
export async function unsentRecords(incoming: Pick<PortfolioSnapshot, 'portfolio' | 'decisions' | 'records'>): Promise<UnsentRecords | undefined> {
  const d = db();
  const id = incoming.portfolio.id;
  return d.transaction('r', [d.decisions, d.records, d.portfolioLocal], async () => {
    const sent = (await d.portfolioLocal.get(id))?.lastSentAt;
    const inFile = new Set([...incoming.decisions.map((r) => r.id), ...incoming.records.map((r) => r.id)]);
    const since = (at: string) => sent === undefined || at > sent;
    const decisions = (await d.decisions.where('portfolioId').equals(id).toArray()).filter((r) => !inFile.has(r.id) && since(r.decidedAt)).length;
    const records = (await d.records.where('portfolioId').equals(id).toArray()).filter((r) => !inFile.has(r.id) && since(r.at)).length;
    return decisions + records > 0 ? { decisions, records, lastSentAt: sent } : undefined;
  });
}
