import type { Catalogue, Unit } from '../../catalogue/schema';
import { dismissalOf, type CoachDismissal } from './dismissals';
import type { CoachFinding } from './types';

export interface UnitReadiness {
  unit: Unit;
  /** The open findings on the unit's points, in the coach's order; each once, however many of its points it names. */
  findings: CoachFinding[];
}

export interface Readiness {
  units: UnitReadiness[];
  /** Open findings that name no marking point (an item not mapped yet, a cycle): shown apart so none is lost. */
  unplaced: CoachFinding[];
  /** How many findings the learner dismissed, which this list leaves out. */
  dismissed: number;
}

/**
 * The dashboard's "Ready for assessment?": for every unit, the coach's findings not dismissed that
 * concern its marking points. `findings` come from runCoach, in its order, which is kept.
 */
export function readinessByUnit(catalogue: Catalogue, findings: readonly CoachFinding[], dismissals: ReadonlyMap<string, CoachDismissal>): Readiness {
  const open = findings.filter((f) => !dismissalOf(f, dismissals));
  const unitOf = new Map(catalogue.units.flatMap((u) => u.markingPoints.map((mp) => [mp.id, u.id] as const)));
  return {
    units: catalogue.units.map((unit) => ({ unit, findings: open.filter((f) => f.markingPointIds.some((id) => unitOf.get(id) === unit.id)) })),
    unplaced: open.filter((f) => !f.markingPointIds.some((id) => unitOf.has(id))),
    dismissed: findings.length - open.length,
  };
}
