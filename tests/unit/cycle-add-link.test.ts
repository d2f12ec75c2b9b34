import { describe, expect, it } from 'vitest';
import { addCycleLink, CYCLE_LINKS_MAX } from '../../src/domain/cycles/add-cycle-link';
import type { CycleLink } from '../../src/domain/schemas';

describe('addCycleLink', () => {
  it('adds a link with the name trimmed and its spaces tidied', () => {
    expect(addCycleLink([], '  ISA   season ', 'deliver', [])).toEqual({ links: [{ cycle: 'ISA season', stage: 'deliver' }] });
  });

  it('keeps the spelling of a cycle already in use, so a change of case does not start a second one', () => {
    expect(addCycleLink([], 'isa SEASON', 'monitor', ['ISA season'])).toEqual({ links: [{ cycle: 'ISA season', stage: 'monitor' }] });
    const own: CycleLink[] = [{ cycle: 'Queues', stage: 'deliver' }];
    expect(addCycleLink(own, 'queues', 'monitor', [])).toEqual({ links: [...own, { cycle: 'Queues', stage: 'monitor' }] });
  });

  it('lets an item be at two stages of a cycle, or in two cycles', () => {
    const own: CycleLink[] = [{ cycle: 'A', stage: 'monitor' }];
    expect(addCycleLink(own, 'A', 'evaluate', [])).toEqual({ links: [...own, { cycle: 'A', stage: 'evaluate' }] });
    expect(addCycleLink(own, 'B', 'monitor', [])).toEqual({ links: [...own, { cycle: 'B', stage: 'monitor' }] });
  });

  it('refuses, with a message for the field, a missing or long name, no stage, a repeat, and one too many', () => {
    expect(addCycleLink([], '   ', 'deliver', [])).toEqual({ error: { on: 'name', message: expect.stringMatching(/^Enter the cycle’s name/) } });
    expect(addCycleLink([], 'x'.repeat(81), 'deliver', [])).toEqual({ error: { on: 'name', message: 'Keep the cycle’s name under 80 characters.' } });
    expect(addCycleLink([], 'A', '', [])).toEqual({ error: { on: 'stage', message: 'Choose the stage of the cycle this item shows.' } });
    expect(addCycleLink([], 'A', 'celebrate', [])).toEqual({ error: { on: 'stage', message: 'Choose the stage of the cycle this item shows.' } });
    expect(addCycleLink([{ cycle: 'ISA season', stage: 'deliver' }], 'isa season', 'deliver', [])).toEqual({
      error: { on: 'stage', message: 'This item is already at “Deliver” in “ISA season”.' },
    });
    const full: CycleLink[] = Array.from({ length: CYCLE_LINKS_MAX }, (_, i) => ({ cycle: `C${i}`, stage: 'deliver' }));
    expect(addCycleLink(full, 'New', 'deliver', [])).toEqual({ error: { on: 'name', message: expect.stringMatching(/at 20 cycle stages at most/) } });
  });
});
