import { cycleStageAdvice, summariseCycles } from '../../domain/cycles/cycle-summary';
import type { Evidence } from '../../domain/schemas';
import { plural } from './wording';
import type { CyclesModel, EvidenceLink } from './types';

/**
 * The plan-do-review cycles (issue 10): each cycle's six stages with the items at each. Read from every
 * item, so that an export of some units does not show a stage as missing when its item is only left out;
 * such an item is named in the notes instead of linked.
 */
export function buildCycles(all: readonly Evidence[], link: (e: { id: string; ref: string }) => EvidenceLink | undefined): CyclesModel {
  const cycles = summariseCycles(all);
  return {
    heading: 'Plan-do-review cycles',
    anchor: 'cycles',
    intro:
      'Each cycle the learner linked evidence to, stage by stage: identify need → agree standards → deliver → monitor → evaluate → improve. A reference gives the page on which that item starts.',
    head: ['Stage', 'Evidence (page)', 'Items or what is missing'],
    cycles: cycles.map((c) => ({
      heading: c.name,
      summary: c.missing.length === 0 ? 'Every stage has evidence.' : `${plural(c.missing.length, 'stage')} of 6 with no evidence.`,
      rows: c.stages.map((s) => {
        const linked = s.items.flatMap((i) => {
          const l = link(i);
          return l ? [l] : [];
        });
        const left = s.items.filter((i) => !link(i)).map((i) => i.ref);
        const note =
          s.items.length === 0
            ? `Missing. ${cycleStageAdvice[s.stage]}`
            : [...s.items.filter((i) => link(i)).map((i) => `${i.ref} ${i.title}`), ...(left.length > 0 ? [`${left.join(', ')}: not in this export`] : [])].join('\n');
        return { stage: s.label, evidence: linked, note, missing: s.items.length === 0 };
      }),
    })),
  };
}
