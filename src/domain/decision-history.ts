import { later } from './assessment';
import type { Decision } from './schemas';

/** Every decision on one marking point, newest first. */
export function decisionHistory(decisions: readonly Decision[], markingPointId: string): Decision[] {
  return decisions
    .filter((d) => d.markingPointId === markingPointId)
    .sort((a, b) => (later(a.decidedAt, a.id, b.decidedAt, b.id) ? -1 : 1));
}

