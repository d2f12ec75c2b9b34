import type { Portfolio } from '../schemas';

/** A learner number as people mean it: case, outer and inner spaces do not make a different learner. */
function normalised(learnerNumber: string): string {
  return learnerNumber.replace(/\s+/g, '').toLowerCase();
}

/**
 * Portfolios that share a learner number with another portfolio: portfolio id → the other ids. A
 * learner is their portfolio's id; two portfolios with one number are flagged for a person to look at,
 * never merged.
 */
export function learnerNumberClashes(portfolios: readonly Pick<Portfolio, 'id' | 'learnerNumber'>[]): Map<string, string[]> {
  const byNumber = new Map<string, string[]>();
  for (const p of portfolios) {
    const key = normalised(p.learnerNumber);
    if (key === '') continue;
    byNumber.set(key, [...(byNumber.get(key) ?? []), p.id]);
  }
  const clashes = new Map<string, string[]>();
  for (const ids of byNumber.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) clashes.set(id, ids.filter((other) => other !== id));
  }
  return clashes;
}
