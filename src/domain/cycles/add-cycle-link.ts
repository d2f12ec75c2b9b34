import { shortForMessage } from '../short-for-message';
import { cycleStages, LIMITS, type CycleLink, type CycleStage } from '../schemas';
import { cycleKey, cycleStageLabels } from './cycle-summary';

/** How many cycle stages one item may be linked to (the content schema's limit). */
export const CYCLE_LINKS_MAX = 20;

export type AddCycleLinkResult = { links: CycleLink[] } | { error: { on: 'name' | 'stage'; message: string } };

/** Whether a string from a form or a draft is one of the six stages. */
export function isCycleStage(value: string): value is CycleStage {
  return cycleStages.some((s) => s === value);
}

/**
 * Links an item to a stage of a named cycle, as the editor's "Link" button does: the name is trimmed,
 * and when it matches a cycle already in use (case and spacing aside) that cycle's spelling is kept, so a
 * typing slip does not start a second cycle. A bad entry returns a message for the field it concerns
 * and changes nothing.
 */
export function addCycleLink(links: readonly CycleLink[], name: string, stage: string, knownNames: readonly string[]): AddCycleLinkResult {
  const typed = name.trim().replace(/\s+/g, ' ');
  if (typed === '') return { error: { on: 'name', message: 'Enter the cycle’s name, for example “Call-back promise”, or pick one already in use.' } };
  if (typed.length > LIMITS.tagMax) return { error: { on: 'name', message: `Keep the cycle’s name under ${LIMITS.tagMax} characters.` } };
  if (!isCycleStage(stage)) return { error: { on: 'stage', message: 'Choose the stage of the cycle this item shows.' } };
  const key = cycleKey(typed);
  const cycle = [...links.map((l) => l.cycle), ...knownNames].find((n) => cycleKey(n) === key) ?? typed;
  if (links.some((l) => cycleKey(l.cycle) === key && l.stage === stage)) {
    return { error: { on: 'stage', message: `This item is already at “${cycleStageLabels[stage]}” in “${shortForMessage(cycle, 60)}”.` } };
  }
  if (links.length >= CYCLE_LINKS_MAX) return { error: { on: 'name', message: `An item can be at ${CYCLE_LINKS_MAX} cycle stages at most; remove one before adding another.` } };
  return { links: [...links, { cycle, stage }] };
}
