import { cycleStageLabels, summariseCycles } from '../cycles/cycle-summary';
import { shortForMessage } from '../short-for-message';
import { wordList } from './item-text';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const cycleStagesSource: SeedSource = {
  seedUnitId: 'REL',
  section: 'examTips',
  quote: 'Structure your evidence to show a full cycle: identify need → agree standards → deliver → monitor → evaluate → improve.',
};

/**
 * A plan-do-review cycle with stages no item is linked to. Only cycles the learner started are read:
 * with none linked, there is nothing to say (the seed's advice is a way to structure, not a marking point).
 */
export const checkCycleStages: CoachCheck = ({ evidence }) =>
  summariseCycles(evidence).flatMap((cycle): CoachFinding[] => {
    if (cycle.missing.length === 0) return [];
    const stages = cycle.missing.map((s) => cycleStageLabels[s].toLowerCase());
    const items = [...new Map(cycle.stages.flatMap((s) => s.items.map((i) => [i.id, i] as const))).values()].sort((a, b) => a.number - b.number);
    return [
      {
        checkId: 'cycle-stages',
        severity: 'consider',
        message: `The cycle “${shortForMessage(cycle.name, 60)}” has no evidence at ${wordList(stages, 'and')}. Add an item for ${cycle.missing.length === 1 ? 'that stage' : 'each of those stages'}, or link one you have to it in the item’s editor, so the cycle runs from identifying the need to improving.`,
        evidenceIds: items.map((i) => i.id),
        markingPointIds: [],
        source: cycleStagesSource,
      },
    ];
  });
