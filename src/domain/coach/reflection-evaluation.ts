import { field, itemName, pointsByEvidence, wordCount } from './item-text';
import type { CoachCheck, SeedSource } from './types';

export const reflectionEvaluationSource: SeedSource = {
  seedUnitId: 'DEL',
  section: 'markingPoints',
  quote: 'suggesting actionable improvements, demonstrating reflective practice',
};

/*
 * Fewer words than this is "only a few words": "Do better." or "Nothing." evaluates nothing, while a
 * short concrete change ("Warn members earlier when systems are down", seven words) does.
 */
export const MIN_EVALUATION_WORDS = 6;

/** The field in which each kind evaluates the learner's own practice. */
const EVALUATIVE_FIELDS: readonly { kind: string; key: string; label: string }[] = [{ kind: 'reflective-account', key: 'nextTime', label: 'What you would do differently' }];

/** A reflection with no evaluation: its evaluative field empty or only a few words. */
export const checkReflectionEvaluation: CoachCheck = ({ evidence, mappings }) => {
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) => {
    const spec = EVALUATIVE_FIELDS.find((s) => s.kind === item.kind);
    if (!spec) return [];
    const words = wordCount(field(item, spec.key));
    if (words >= MIN_EVALUATION_WORDS) return [];
    return [
      {
        checkId: 'reflection-evaluation',
        severity: 'consider',
        message: `${itemName(item)} has ${words === 0 ? 'nothing' : 'only a few words'} under “${spec.label}”. Evaluate what happened: say what worked, what did not, and one specific thing you would change.`,
        evidenceIds: [item.id],
        markingPointIds: points.get(item.id) ?? [],
        source: reflectionEvaluationSource,
      },
    ];
  });
};
