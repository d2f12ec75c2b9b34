import type { Catalogue } from '../../catalogue/schema';
import { currentDecisions, later, type SignatureChecks } from '../assessment';
import type { Coverage } from '../coverage';
import type { Decision, Person, Portfolio } from '../schemas';
import { signerIdOf } from '../signers';
import type { SignatureCheck } from '../signing/status';
import type { SamplingStage } from './outcomes';

/** What sampling needs of one portfolio (the cohort reader's CohortPortfolioData has it all). */
export interface SamplingPortfolio {
  portfolio: Pick<Portfolio, 'id' | 'learnerName' | 'learnerNumber'>;
  decisions: readonly Decision[];
  checks: SignatureChecks;
  coverage: Pick<Coverage, 'units'>;
}

/** One assessor decision the IQA may sample: the current decision on a marking point of one learner. */
export interface SampleCandidate {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  decision: Decision;
  unitId: string;
  /** `signerIdOf(decision.assessor)`. */
  assessorId: string;
  /** The decision's signature as this device sees it ("signer not confirmed" where its key is not confirmed). */
  signature?: SignatureCheck;
}

/**
 * The decisions a round of `stage` samples: each point's current decision (a superseded one is history,
 * not a judgement that stands), in units not yet signed off for interim sampling, in units signed off
 * for summative. Decisions on points the catalogue does not know are left out.
 */
export function sampleCandidates(portfolios: readonly SamplingPortfolio[], catalogue: Catalogue, stage: SamplingStage): SampleCandidate[] {
  const unitOfPoint = new Map(catalogue.units.flatMap((u) => u.markingPoints.map((mp) => [mp.id, u.id] as const)));
  const out: SampleCandidate[] = [];
  for (const p of portfolios) {
    const signedOff = new Set(p.coverage.units.filter((u) => u.signOff !== undefined).map((u) => u.unit.id));
    for (const decision of currentDecisions(p.decisions).values()) {
      const unitId = unitOfPoint.get(decision.markingPointId);
      if (unitId === undefined || signedOff.has(unitId) !== (stage === 'summative')) continue;
      const signature = p.checks.get(decision.id);
      out.push({
        portfolioId: p.portfolio.id,
        learnerName: p.portfolio.learnerName,
        learnerNumber: p.portfolio.learnerNumber,
        decision,
        unitId,
        assessorId: signerIdOf(decision.assessor),
        ...(signature ? { signature } : {}),
      });
    }
  }
  return out;
}

const names = new Intl.Collator('en-GB');

export interface AssessorSummary {
  /** `signerIdOf` of the assessor. */
  id: string;
  person: Person;
  /** How many candidate decisions they made. */
  decisions: number;
}

/**
 * The assessors whose decisions may be sampled, by name. One signer spelt with other capitals or spaces is
 * one assessor, named as in their earliest decision, so the name never depends on the order of the input.
 */
export function assessorsOf(candidates: readonly SampleCandidate[]): AssessorSummary[] {
  const byId = new Map<string, AssessorSummary & { first: Decision }>();
  for (const c of candidates) {
    const seen = byId.get(c.assessorId);
    if (!seen) {
      byId.set(c.assessorId, { id: c.assessorId, person: c.decision.assessor, decisions: 1, first: c.decision });
      continue;
    }
    seen.decisions += 1;
    if (later(seen.first.decidedAt, seen.first.id, c.decision.decidedAt, c.decision.id)) {
      seen.first = c.decision;
      seen.person = c.decision.assessor;
    }
  }
  return [...byId.values()].map(({ first: _first, ...a }) => a).sort((a, b) => names.compare(a.person.name, b.person.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
