import { cycleStages, type CycleLink, type CycleStage, type Evidence } from '../schemas';

/** Each stage as a learner reads it, in the seed's words (REL exam tips: identify need → agree standards → deliver → monitor → evaluate → improve). */
export const cycleStageLabels: Record<CycleStage, string> = {
  'identify-need': 'Identify need',
  'agree-standards': 'Agree standards',
  deliver: 'Deliver',
  monitor: 'Monitor',
  evaluate: 'Evaluate',
  improve: 'Improve',
};

/** What evidence would fill a missing stage, so the Cycles page can say what to do. */
export const cycleStageAdvice: Record<CycleStage, string> = {
  'identify-need': 'Link an item that shows how the need was found: customer feedback, complaints, figures or a requirements meeting.',
  'agree-standards': 'Link an item that sets the standard agreed with the customer or the team, with a number or a timescale.',
  deliver: 'Link an item that shows the service being delivered to that standard: a service log, an observation or a witness testimony.',
  monitor: 'Link an item that checks delivery against the standard while it runs: figures, feedback or a review of the log.',
  evaluate: 'Link an item that judges how well it worked against the standard set, with what worked and what did not.',
  improve: 'Link an item that changes something as a result, and says what changed.',
};

/** The item fields a cycle summary reads. */
export type CycleItem = Pick<Evidence, 'id' | 'number' | 'ref' | 'title'> & { cycles?: readonly CycleLink[] };

export interface CycleStageSummary {
  stage: CycleStage;
  label: string;
  /** The items linked to this stage, by reference number. */
  items: CycleItem[];
}

export interface CycleSummary {
  /** The cycle's name as the earliest item in it spells it. */
  name: string;
  /** All six stages in order, each with its items (none when missing). */
  stages: CycleStageSummary[];
  /** The stages no item is linked to, in order. */
  missing: CycleStage[];
}

/** The key a cycle's name is grouped by: case and runs of spaces do not make a second cycle. */
export function cycleKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/**
 * Every named plan-do-review cycle the items link to, sorted by name: each with its six stages in order,
 * the items at each, and the stages still missing. Names that differ only in case or spacing are one
 * cycle; an item linked to one stage twice counts once there.
 */
export function summariseCycles(items: readonly CycleItem[]): CycleSummary[] {
  const byKey = new Map<string, { name: string; stages: Map<CycleStage, CycleItem[]> }>();
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    for (const link of item.cycles ?? []) {
      const name = link.cycle.trim().replace(/\s+/g, ' ');
      if (name === '') continue;
      const key = cycleKey(name);
      let cycle = byKey.get(key);
      if (!cycle) {
        cycle = { name, stages: new Map() };
        byKey.set(key, cycle);
      }
      const at = cycle.stages.get(link.stage) ?? [];
      if (!at.some((i) => i.id === item.id)) at.push(item);
      cycle.stages.set(link.stage, at);
    }
  }
  return [...byKey.values()]
    .map(({ name, stages }) => ({
      name,
      stages: cycleStages.map((stage) => ({ stage, label: cycleStageLabels[stage], items: stages.get(stage) ?? [] })),
      missing: cycleStages.filter((stage) => !stages.has(stage)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.name.localeCompare(b.name));
}

/** The names of the cycles the items already use, for the editor's suggestions (sorted, one per cycle). */
export function cycleNames(items: readonly CycleItem[]): string[] {
  return summariseCycles(items).map((c) => c.name);
}

/** Units whose seed tips ask for evidence structured as a cycle (REL: "a full cycle", IMP: "the plan-do-review cycle"). */
export function unitAsksForCycles(unit: { examTips: readonly string[] }): boolean {
  return unit.examTips.some((tip) => /\bplan-do-review cycle\b|\bfull cycle\b/i.test(tip));
}
