import raw from './customer-service-l3.json';
import type { Catalogue, MarkingPoint, Unit } from './schema';

export type { Catalogue, MarkingPoint, Threshold, Unit } from './schema';

/**
 * The qualification this build ships with, as typed data. It is not parsed here, so zod stays out of
 * the first screen's JavaScript: catalogueSchema checks the file at build time (the
 * folio-catalogue-check plugin in vite.config.ts fails the build on a bad one) and in
 * tests/unit/catalogue.test.ts.
 */
export const catalogue: Catalogue = raw;

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
