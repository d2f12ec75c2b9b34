import { useMemo } from 'react';
import { catalogue } from '../../catalogue';
import { useCohortPortfolios } from '../../db/cohort-data';
import { assessorsOf, sampleCandidates, type AssessorSummary, type SampleCandidate } from '../../domain/iqa/candidates';
import type { SamplingStage } from '../../domain/iqa/outcomes';

/** The decisions a round of `stage` may sample, from every portfolio on this device, and their assessors. */
export function useSamplingData(stage: SamplingStage) {
  const portfolios = useCohortPortfolios();
  return useMemo(() => {
    if (!portfolios) return undefined;
    const candidates: SampleCandidate[] = sampleCandidates(portfolios, catalogue, stage);
    return { portfolios, candidates, assessors: assessorsOf(candidates) };
  }, [portfolios, stage]);
}

/** Every assessor with a current decision in either stage, for the plan form's "new assessor" boxes. */
export function allAssessors(portfolios: Parameters<typeof sampleCandidates>[0]): AssessorSummary[] {
  return assessorsOf([...sampleCandidates(portfolios, catalogue, 'interim'), ...sampleCandidates(portfolios, catalogue, 'summative')]);
}
