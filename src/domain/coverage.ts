import type { Catalogue, MarkingPoint, Unit } from '../catalogue/schema';
import type { Decision, Evidence, Mapping } from './schemas';

export type CoverageStatus = 'none' | 'evidenced' | 'met' | 'partially-met' | 'not-yet-met';

export interface PointCoverage {
  point: MarkingPoint;
  unitId: string;
  status: CoverageStatus;
  /** Evidence mapped here, in reference order. */
  evidence: Evidence[];
  mappings: Mapping[];
  decision?: Decision;
  /** The decision was based on evidence that has changed, been added or removed since. */
  stale: boolean;
}

export interface UnitCoverage {
  unit: Unit;
  points: PointCoverage[];
  evidenced: number;
  total: number;
}

export interface Coverage {
  units: UnitCoverage[];
  byPoint: ReadonlyMap<string, PointCoverage>;
  evidenced: number;
  total: number;
  /** Marking points with no evidence at all, in catalogue order. */
  gaps: PointCoverage[];
}

export const statusLabels: Record<CoverageStatus, string> = {
  none: 'No evidence',
  evidenced: 'Evidenced',
  met: 'Met',
  'partially-met': 'Partially met',
  'not-yet-met': 'Not yet met',
};

export function isDecisionStale(decision: Decision, mapped: readonly Evidence[]): boolean {
  if (decision.basedOn.length !== mapped.length) return true;
  const basis = new Map(decision.basedOn.map((b) => [b.evidenceId, b]));
  return mapped.some((e) => {
    const b = basis.get(e.id);
    if (!b) return true;
    return b.versionId !== undefined ? b.versionId !== e.versionId : b.version !== e.version;
  });
}

/** Coverage is derived, never stored: evidence and mappings in, status per marking point out. */
export function computeCoverage(
  catalogue: Catalogue,
  evidence: readonly Evidence[],
  mappings: readonly Mapping[],
  decisions: readonly Decision[] = [],
): Coverage {
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const mappingsByPoint = new Map<string, Mapping[]>();
  for (const m of mappings) {
    if (!evidenceById.has(m.evidenceId)) continue;
    const list = mappingsByPoint.get(m.markingPointId) ?? [];
    list.push(m);
    mappingsByPoint.set(m.markingPointId, list);
  }
  // Decisions are append-only: the latest on a point is the current one.
  const decisionByPoint = new Map<string, Decision>();
  for (const d of decisions) {
    const seen = decisionByPoint.get(d.markingPointId);
    if (!seen || d.decidedAt > seen.decidedAt || (d.decidedAt === seen.decidedAt && d.id > seen.id)) decisionByPoint.set(d.markingPointId, d);
  }
  const byPoint = new Map<string, PointCoverage>();

  const units = catalogue.units.map((unit): UnitCoverage => {
    const points = unit.markingPoints.map((point): PointCoverage => {
      const pointMappings = mappingsByPoint.get(point.id) ?? [];
      const mapped = pointMappings
        .map((m) => evidenceById.get(m.evidenceId))
        .filter((e): e is Evidence => e !== undefined)
        .sort((a, b) => a.number - b.number);
      const decision = decisionByPoint.get(point.id);
      const status: CoverageStatus = decision ? decision.outcome : mapped.length > 0 ? 'evidenced' : 'none';
      const pc: PointCoverage = {
        point,
        unitId: unit.id,
        status,
        evidence: mapped,
        mappings: pointMappings,
        decision,
        stale: decision ? isDecisionStale(decision, mapped) : false,
      };
      byPoint.set(point.id, pc);
      return pc;
    });
    return { unit, points, evidenced: points.filter((p) => p.evidence.length > 0).length, total: points.length };
  });

  const all = units.flatMap((u) => u.points);
  return {
    units,
    byPoint,
    evidenced: all.filter((p) => p.evidence.length > 0).length,
    total: all.length,
    gaps: all.filter((p) => p.evidence.length === 0),
  };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
