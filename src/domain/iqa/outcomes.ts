/**
 * What an internal quality assurer (IQA) concludes about one sampled assessor decision (GUIDE §10):
 * agreed, the assessor must act on it, or the IQA disagrees with the outcome. "Not sampled" is not an
 * outcome: it is the absence of one.
 */
export const iqaOutcomes = ['agreed', 'assessor-to-action', 'disagreed'] as const;
export type IqaOutcome = (typeof iqaOutcomes)[number];

export const iqaOutcomeLabels: Record<IqaOutcome, string> = {
  agreed: 'Agreed',
  'assessor-to-action': 'Assessor to action',
  disagreed: 'Disagreed',
};

/** Interim sampling happens during the course; summative at the end, on units signed off. */
export const samplingStages = ['interim', 'summative'] as const;
export type SamplingStage = (typeof samplingStages)[number];

export const samplingStageLabels: Record<SamplingStage, string> = {
  interim: 'Interim (during the course)',
  summative: 'Summative (units signed off)',
};
