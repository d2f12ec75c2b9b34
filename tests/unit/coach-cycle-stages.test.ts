import { describe, expect, it } from 'vitest';
import { checkCycleStages } from '../../src/domain/coach/cycle-stages';
import type { CycleLink } from '../../src/domain/schemas';
import { input, item } from './coach-fixtures';

const inCycle = (number: number, cycles: CycleLink[]) => ({ ...item({ number, kind: 'reflective-account' }), cycles });

describe('the plan-do-review cycle check', () => {
  it('fires on a cycle with stages missing, naming them and the items in it', () => {
    const findings = checkCycleStages(input([inCycle(2, [{ cycle: 'ISA season', stage: 'evaluate' }])], [inCycle(1, [{ cycle: 'ISA season', stage: 'identify-need' }])]));
    expect(findings).toEqual([
      expect.objectContaining({
        checkId: 'cycle-stages',
        severity: 'consider',
        evidenceIds: ['ev-1', 'ev-2'],
        markingPointIds: [],
        message:
          'The cycle “ISA season” has no evidence at agree standards, deliver, monitor and improve. Add an item for each of those stages, or link one you have to it in the item’s editor, so the cycle runs from identifying the need to improving.',
      }),
    ]);
  });

  it('says “that stage” when one is missing', () => {
    const stages = ['identify-need', 'agree-standards', 'deliver', 'monitor', 'evaluate'] as const;
    const [finding] = checkCycleStages(input([inCycle(1, stages.map((stage) => ({ cycle: 'C', stage })))]));
    expect(finding?.message).toMatch(/has no evidence at improve\. Add an item for that stage,/);
  });

  it('does not fire on a whole cycle, nor when no item is in a cycle', () => {
    const stages = ['identify-need', 'agree-standards', 'deliver', 'monitor', 'evaluate', 'improve'] as const;
    expect(checkCycleStages(input(...stages.map((stage, i) => [inCycle(i + 1, [{ cycle: 'Whole', stage }])] as const)))).toEqual([]);
    expect(checkCycleStages(input([item({ number: 1, kind: 'reflective-account' })]))).toEqual([]);
  });
});
