import { describe, expect, it } from 'vitest';
import { cycleNames, cycleStageAdvice, cycleStageLabels, summariseCycles, type CycleItem } from '../../src/domain/cycles/cycle-summary';
import { cycleStages, type CycleLink } from '../../src/domain/schemas';

function item(number: number, cycles?: CycleLink[]): CycleItem {
  return { id: `ev-${number}`, number, ref: `E${String(number).padStart(3, '0')}`, title: `Item ${number}`, ...(cycles ? { cycles } : {}) };
}

const refsAt = (summary: ReturnType<typeof summariseCycles>[number]) => summary.stages.map((s) => [s.stage, s.items.map((i) => i.ref)]);

describe('summariseCycles', () => {
  it('is empty when no item is in a cycle', () => {
    expect(summariseCycles([item(1), item(2, [])])).toEqual([]);
  });

  it('lists a whole cycle’s six stages in order with the items at each, and nothing missing', () => {
    const items = [
      item(4, [{ cycle: 'Call-backs', stage: 'monitor' }, { cycle: 'Call-backs', stage: 'evaluate' }]),
      item(1, [{ cycle: 'Call-backs', stage: 'identify-need' }]),
      item(2, [{ cycle: 'Call-backs', stage: 'agree-standards' }]),
      item(3, [{ cycle: 'Call-backs', stage: 'deliver' }]),
      item(5, [{ cycle: 'Call-backs', stage: 'improve' }]),
      item(6, [{ cycle: 'Call-backs', stage: 'deliver' }]),
    ];
    const [cycle, ...rest] = summariseCycles(items);
    expect(rest).toEqual([]);
    expect(cycle?.name).toBe('Call-backs');
    expect(cycle?.missing).toEqual([]);
    expect(cycle && refsAt(cycle)).toEqual([
      ['identify-need', ['E001']],
      ['agree-standards', ['E002']],
      ['deliver', ['E003', 'E006']],
      ['monitor', ['E004']],
      ['evaluate', ['E004']],
      ['improve', ['E005']],
    ]);
    expect(cycle?.stages.map((s) => s.label)).toEqual(['Identify need', 'Agree standards', 'Deliver', 'Monitor', 'Evaluate', 'Improve']);
  });

  it('says which stages are missing, in order', () => {
    const [cycle] = summariseCycles([item(2, [{ cycle: 'ISA season', stage: 'evaluate' }]), item(1, [{ cycle: 'ISA season', stage: 'identify-need' }])]);
    expect(cycle?.missing).toEqual(['agree-standards', 'deliver', 'monitor', 'improve']);
  });

  it('takes names differing only in case or spacing as one cycle, spelt as the earliest item spells it, and sorts cycles by name', () => {
    const summary = summariseCycles([
      item(3, [{ cycle: 'queue  times', stage: 'deliver' }]),
      item(2, [{ cycle: 'Queue times', stage: 'monitor' }]),
      item(1, [{ cycle: 'Apple', stage: 'deliver' }]),
    ]);
    expect(summary.map((c) => c.name)).toEqual(['Apple', 'Queue times']);
    expect(summary[1]?.missing).toEqual(['identify-need', 'agree-standards', 'evaluate', 'improve']);
    expect(cycleNames([item(3, [{ cycle: 'queue  times', stage: 'deliver' }]), item(2, [{ cycle: 'Queue times', stage: 'monitor' }])])).toEqual(['Queue times']);
  });

  it('counts an item linked to one stage twice once, and keeps an item in two cycles in both', () => {
    const summary = summariseCycles([
      item(1, [
        { cycle: 'A', stage: 'deliver' },
        { cycle: 'a', stage: 'deliver' },
        { cycle: 'B', stage: 'monitor' },
      ]),
    ]);
    expect(summary.map((c) => [c.name, refsAt(c).filter(([, refs]) => (refs ?? []).length > 0)])).toEqual([
      ['A', [['deliver', ['E001']]]],
      ['B', [['monitor', ['E001']]]],
    ]);
  });

  it('has a label and advice for every stage', () => {
    for (const stage of cycleStages) {
      expect(cycleStageLabels[stage]).toMatch(/^[A-Z]/);
      expect(cycleStageAdvice[stage]).toMatch(/^Link an item/);
    }
  });
});

describe('unitAsksForCycles', () => {
  it('finds the units whose seed tips ask for a cycle: managing relations and improving service', async () => {
    const { catalogue } = await import('../../src/catalogue');
    const { unitAsksForCycles } = await import('../../src/domain/cycles/cycle-summary');
    expect(catalogue.units.filter(unitAsksForCycles).map((u) => u.id)).toEqual(['REL', 'IMP']);
  });
});
