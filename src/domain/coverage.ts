import type { Catalogue, MarkingPoint, Unit } from '../catalogue/schema';
import { assessPortfolio, isUnitReady, type PortfolioAssessment, type SignatureChecks, type SignOffState } from './assessment';
import type { EvidenceVersion, PortfolioRecord } from './records';
import type { Decision, Evidence, Mapping } from './schemas';
import type { SignatureCheck } from './signing/status';

export { isDecisionStale } from './assessment';

/**
 * A marking point's status: no evidence → evidenced → ready for assessment (its unit marked ready) →
 * the assessor's outcome; "evidence changed since assessment" (stale) replaces an outcome whose evidence
 * has changed since it was decided.
 */
export type CoverageStatus = 'none' | 'evidenced' | 'ready' | 'met' | 'partially-met' | 'not-yet-met' | 'stale';

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
  /** The decision is met, signed, verifies and is not stale: only then is the point met. */
  countsAsMet: boolean;
  /** The current decision's signature, when signatures were checked. */
  signature?: SignatureCheck;
}

export interface UnitCoverage {
  unit: Unit;
  points: PointCoverage[];
  evidenced: number;
  /** Points that count as met. */
  met: number;
  total: number;
  /** The learner has marked the unit ready for assessment. */
  ready: boolean;
  signOff?: SignOffState;
}

export interface Coverage {
  units: UnitCoverage[];
  byPoint: ReadonlyMap<string, PointCoverage>;
  evidenced: number;
  met: number;
  total: number;
  /** Marking points with no evidence at all, in catalogue order. */
  gaps: PointCoverage[];
  assessment: PortfolioAssessment;
}

export const statusLabels: Record<CoverageStatus, string> = {
  none: 'No evidence',
  evidenced: 'Evidenced',
  ready: 'Ready for assessment',
  met: 'Met',
  'partially-met': 'Partially met',
  'not-yet-met': 'Not yet met',
  stale: 'Evidence changed since assessment',
};

/** What assessment adds to coverage: the versions decisions bind to, the records, and signature checks. */
export interface CoverageAssessmentInput {
  versions?: readonly EvidenceVersion[];
  records?: readonly PortfolioRecord[];
  /** Signature status by record id (checkSignatures); without it no decision counts as met. */
  checks?: SignatureChecks;
}

/** How many points have evidence, how many count as met, and how many there are. */
function counts(points: readonly PointCoverage[]): { evidenced: number; met: number; total: number } {
  return { evidenced: points.filter((p) => p.evidence.length > 0).length, met: points.filter((p) => p.countsAsMet).length, total: points.length };
}

/** Coverage is derived, never stored: evidence, mappings and assessment in, status per marking point out. */
export function computeCoverage(
  catalogue: Catalogue,
  evidence: readonly Evidence[],
  mappings: readonly Mapping[],
  decisions: readonly Decision[] = [],
  extra: CoverageAssessmentInput = {},
): Coverage {
  const records = extra.records ?? [];
  const checks = extra.checks ?? new Map<string, SignatureCheck>();
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const mappingsByPoint = new Map<string, Mapping[]>();
  for (const m of mappings) {
    if (!evidenceById.has(m.evidenceId)) continue;
    const list = mappingsByPoint.get(m.markingPointId) ?? [];
    list.push(m);
    mappingsByPoint.set(m.markingPointId, list);
  }
  const assessment = assessPortfolio(catalogue, { evidence, mappings, decisions, versions: extra.versions ?? [], records, checks });
  const byPoint = new Map<string, PointCoverage>();

  const units = catalogue.units.map((unit): UnitCoverage => {
    const ready = isUnitReady(records, unit.id);
    const points = unit.markingPoints.map((point): PointCoverage => {
      const pointMappings = mappingsByPoint.get(point.id) ?? [];
      const mapped = pointMappings
        .map((m) => evidenceById.get(m.evidenceId))
        .filter((e): e is Evidence => e !== undefined)
        .sort((a, b) => a.number - b.number);
      const pa = assessment.points.get(point.id) ?? { stale: false, countsAsMet: false };
      const decision = pa.decision;
      const status: CoverageStatus = decision
        ? pa.stale
          ? 'stale'
          : decision.outcome
        : mapped.length === 0
          ? 'none'
          : ready
            ? 'ready'
            : 'evidenced';
      const pc: PointCoverage = {
        point,
        unitId: unit.id,
        status,
        evidence: mapped,
        mappings: pointMappings,
        decision,
        stale: pa.stale,
        countsAsMet: pa.countsAsMet,
        signature: decision ? checks.get(decision.id) : undefined,
      };
      byPoint.set(point.id, pc);
      return pc;
    });
    return {
      unit,
      points,
      ...counts(points),
      ready,
      signOff: assessment.signOffs.get(unit.id),
    };
  });

  const all = units.flatMap((u) => u.points);
  return {
    units,
    byPoint,
    ...counts(all),
    gaps: all.filter((p) => p.evidence.length === 0),
    assessment,
  };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
