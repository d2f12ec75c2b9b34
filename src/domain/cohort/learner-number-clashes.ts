import type { Portfolio } from '../schemas';

/**
 * A learner number as people type it: " l 123456" and "L123456" are the same learner number, so case,
 * spaces and the ends do not count.
 */
export function normaliseLearnerNumber(number: string): string {
  return number.replace(/\s+/g, '').toLowerCase();
}

/**
 * Portfolios that share a learner number with another portfolio (a different id): portfolio id → the
 * ids of the others with the same number, in the order given. A learner is identified by the
 * portfolio's id, so these are flagged for a person to look at, never merged. Portfolios with a
 * number of their own are absent; a blank number clashes with nothing.
 */
export function learnerNumberClashes(portfolios: readonly Pick<Portfolio, 'id' | 'learnerNumber'>[]): Map<string, string[]> {
  const byNumber = new Map<string, string[]>();
  for (const p of portfolios) {
    const key = normaliseLearnerNumber(p.learnerNumber);
    if (key === '') continue;
    const ids = byNumber.get(key) ?? [];
    if (!ids.includes(p.id)) ids.push(p.id);
    byNumber.set(key, ids);
  }
  const clashes = new Map<string, string[]>();
  for (const ids of byNumber.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) clashes.set(id, ids.filter((other) => other !== id));
  }
  return clashes;
}
