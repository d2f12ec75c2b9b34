import raw from './customer-service-l3.json';
import { catalogueSchema, type Catalogue, type MarkingPoint, type Unit } from './schema';

export * from './schema';

/** The qualification this build ships with, validated once at load. */
export const catalogue: Catalogue = catalogueSchema.parse(raw);

export const allMarkingPoints: readonly MarkingPoint[] = catalogue.units.flatMap((u) => u.markingPoints);

const unitOfPoint = new Map<string, Unit>(
  catalogue.units.flatMap((u) => u.markingPoints.map((mp) => [mp.id, u] as const)),
);
const pointById = new Map<string, MarkingPoint>(allMarkingPoints.map((mp) => [mp.id, mp]));

export function findUnit(unitId: string): Unit | undefined {
  return catalogue.units.find((u) => u.id === unitId);
}

export function findMarkingPoint(id: string): MarkingPoint | undefined {
  return pointById.get(id);
}

export function unitOf(markingPointId: string): Unit | undefined {
  return unitOfPoint.get(markingPointId);
}

export function isMarkingPointId(id: string): boolean {
  return pointById.has(id);
}
