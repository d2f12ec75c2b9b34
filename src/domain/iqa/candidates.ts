import type { Catalogue } from '../../catalogue/schema';
import { currentDecisions, type SignatureChecks } from '../assessment';
import type { Coverage } from '../coverage';
import type { Decision, Person, Portfolio } from '../schemas';
import { signerIdOf } from '../signers';
import type { SignatureCheck } from '../signing/status';
import type { SamplingStage } from './outcomes';

/* H4 owns this file; the smallest version the IQA screens need until H4's lands. */

export interface SamplingPortfolio {
  portfolio: Pick<Portfolio, 'id' | 'learnerName' | 'learnerNumber'>;
  decisions: readonly Decision[];
  checks: SignatureChecks;
  coverage: Pick<Coverage, 'units'>;
}

export interface SampleCandidate {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  decision: Decision;
  unitId: string;
  assessorId: string;
  signature?: SignatureCheck;
}

/** Each point's current decision: interim in units not signed off, summative in units signed off. */
export function sampleCandidates(portfolios: readonly SamplingPortfolio[], catalogue: Catalogue, stage: SamplingStage): SampleCandidate[] {
  const unitOf = new Map(catalogue.units.flatMap((u) => u.markingPoints.map((p) => [p.id, u.id] as const)));
  return portfolios.flatMap((p) => {
    const signedOff = new Set(p.coverage.units.filter((u) => u.signOff !== undefined).map((u) => u.unit.id));
    return [...currentDecisions(p.decisions).values()].flatMap((decision) => {
      const unitId = unitOf.get(decision.markingPointId);
      if (unitId === undefined || signedOff.has(unitId) !== (stage === 'summative')) return [];
      const signature = p.checks.get(decision.id);
      return [
        {
          portfolioId: p.portfolio.id,
          learnerName: p.portfolio.learnerName,
          learnerNumber: p.portfolio.learnerNumber,
          decision,
          unitId,
          assessorId: signerIdOf(decision.assessor),
          ...(signature ? { signature } : {}),
        },
      ];
    });
  });
}

export interface AssessorSummary {
  id: string;
  person: Person;
  decisions: number;
}

export function assessorsOf(candidates: readonly SampleCandidate[]): AssessorSummary[] {
  const byId = new Map<string, AssessorSummary>();
  for (const c of candidates) {
    const seen = byId.get(c.assessorId);
    if (seen) seen.decisions += 1;
    else byId.set(c.assessorId, { id: c.assessorId, person: c.decision.assessor, decisions: 1 });
  }
  return [...byId.values()].sort((a, b) => a.person.name.localeCompare(b.person.name, 'en-GB') || a.id.localeCompare(b.id));
}
