import type { Unit } from '../catalogue/schema';
import type { PointAssessment } from './assessment';

/** True when every marking point of the unit counts as met, so the assessor may sign it off. */
export function canSignOff(unit: Unit, points: ReadonlyMap<string, PointAssessment>): boolean {
  return unit.markingPoints.every((mp) => points.get(mp.id)?.countsAsMet === true);
}

