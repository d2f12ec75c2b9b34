import { field, itemName, pointsByEvidence } from './item-text';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const feedbackAnalysisSource: SeedSource = {
  seedUnitId: 'REL',
  section: 'misconceptions',
  quote: 'Collecting customer feedback but not analysing it or taking no action for improvement, thus missing the evaluation cycle.',
};

/** The kinds that record feedback, with their analysis field and their action field. */
const FEEDBACK_FIELDS: readonly { kind: string; analysis: string; action: string; actionWord: string }[] = [
  { kind: 'customer-feedback', analysis: 'analysis', action: 'actionTaken', actionWord: 'the action you took as a result' },
  { kind: 'survey-results', analysis: 'analysis', action: 'recommendations', actionWord: 'the changes you recommend' },
];

/** Customer feedback recorded with no analysis or no action. */
export const checkFeedbackAnalysis: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item): CoachFinding[] => {
    const spec = FEEDBACK_FIELDS.find((s) => s.kind === item.kind);
    if (!spec) return [];
    const noAnalysis = field(item, spec.analysis) === '';
    const noAction = field(item, spec.action) === '';
    if (!noAnalysis && !noAction) return [];
    const missing = [noAnalysis ? 'how you analysed the feedback (themes, comparisons, what it shows)' : '', noAction ? spec.actionWord : '']
      .filter(Boolean)
      .join(' and ');
    return [
      {
        checkId: 'feedback-analysis',
        // Feedback with neither analysis nor action misses the evaluation cycle outright.
        severity: noAnalysis && noAction ? 'fix' : 'consider',
        message: `${itemName(item)} records feedback but not ${missing}. Add ${noAnalysis && noAction ? 'both' : 'it'}, so the item shows what the feedback led to.`,
        evidenceIds: [item.id],
        markingPointIds: points.get(item.id) ?? [],
        source: feedbackAnalysisSource,
      },
    ];
  });
};
