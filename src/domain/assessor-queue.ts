import type { Catalogue } from '../catalogue/schema';
import { unitReadiness, type PortfolioAssessment } from './assessment';
import type { PortfolioRecord } from './records';
import type { Decision } from './schemas';

/** A unit waiting for the assessor. */
export interface QueueUnit {
  portfolioId: string;
  learnerName: string;
  unitId: string;
  /** When the learner marked it ready. */
  readySince: string;
  /** Points of the unit with a current decision that is not stale. */
  decided: number;
  total: number;
}

/** A decision whose evidence has changed since it was made. */
export interface QueueStale {
  portfolioId: string;
  learnerName: string;
  decision: Decision;
}

export interface AssessorQueue {
  units: QueueUnit[];
  stale: QueueStale[];
}

export interface QueuePortfolio {
  portfolioId: string;
  learnerName: string;
  records: readonly PortfolioRecord[];
  assessment: PortfolioAssessment;
}

/**
 * The assessor's queue across every portfolio on the device: units marked ready and not signed off,
 * longest-waiting first, and decisions gone stale, oldest first.
 */
export function assessorQueue(catalogue: Catalogue, portfolios: readonly QueuePortfolio[]): AssessorQueue {
  const units: QueueUnit[] = [];
  const stale: QueueStale[] = [];
  for (const p of portfolios) {
    for (const unit of catalogue.units) {
      const ready = unitReadiness(p.records, unit.id);
      if (ready?.ready && !p.assessment.signOffs.has(unit.id)) {
        const decided = unit.markingPoints.filter((mp) => {
          const pa = p.assessment.points.get(mp.id);
          return pa?.decision !== undefined && !pa.stale;
        }).length;
        units.push({ portfolioId: p.portfolioId, learnerName: p.learnerName, unitId: unit.id, readySince: ready.at, decided, total: unit.markingPoints.length });
      }
      for (const mp of unit.markingPoints) {
        const pa = p.assessment.points.get(mp.id);
        if (pa?.decision && pa.stale) stale.push({ portfolioId: p.portfolioId, learnerName: p.learnerName, decision: pa.decision });
      }
    }
  }
  units.sort((a, b) => a.readySince.localeCompare(b.readySince) || a.learnerName.localeCompare(b.learnerName) || a.unitId.localeCompare(b.unitId));
  stale.sort((a, b) => a.decision.decidedAt.localeCompare(b.decision.decidedAt) || a.decision.id.localeCompare(b.decision.id));
  return { units, stale };
}
