import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { runCoach } from '../../src/domain/coach';
import { buildDemoSnapshot } from '../../src/samples/demo';

describe('the coach on the demo portfolio', () => {
  /*
   * Checked by reading every demo item (src/samples/demo.ts, after its assessment round in
   * demo-assessment.ts rewrites E018 with an analysis): the plan E019 is planted with a vague objective
   * and no contingencies, the informal comment E004 records no investigation, and the reflective
   * account E020 leaves "What you would do differently" empty; the "ISA season" cycle (E012, E013) has
   * four stages missing, while the "Call-back promise" cycle is whole. E006, the only item on PRN-2,
   * ticks two factors (its text names four, but the coach counts ticks, never prose). REL-3 has two
   * techniques (E009 surveys, E010 comment cards), so nothing is said there. Every other item is
   * written well enough for these checks.
   */
  it('finds exactly the weaknesses planted in the demo', async () => {
    let n = 0;
    const snapshot = await buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
    const refOf = new Map(snapshot.evidence.map((e) => [e.id, e.ref]));
    const found = runCoach({ catalogue, evidence: snapshot.evidence, mappings: snapshot.mappings }).map((f) => ({
      checkId: f.checkId,
      severity: f.severity,
      refs: f.evidenceIds.map((id) => refOf.get(id)),
      markingPointIds: f.markingPointIds,
      message: f.message,
    }));
    expect(found).toEqual([
      {
        checkId: 'factor-count',
        severity: 'fix',
        refs: ['E006'],
        markingPointIds: ['PRN-2'],
        message:
          'PRN-2 asks for at least 3 distinct factors; the evidence mapped to it names 2 (resources and customer expectations). Add 1 more distinct factor in the Factors field of E006, and say in the text how each one applied.',
      },
      {
        checkId: 'measurable-standard',
        severity: 'fix',
        refs: ['E019'],
        markingPointIds: [],
        message:
          'E019 “Plan for weekend call-back cover” states its objectives with no number or timescale. Write it so it can be measured, with a number or a timescale: for example “reply within 24 hours”, not “good service”.',
      },
      {
        checkId: 'service-plan',
        severity: 'fix',
        refs: ['E019'],
        markingPointIds: [],
        message:
          'E019 “Plan for weekend call-back cover” is a service delivery plan with no contingencies. Fill it in: an assessor expects resources, timelines, roles and contingencies in every plan.',
      },
      {
        checkId: 'complaint-record',
        severity: 'consider',
        refs: ['E004'],
        markingPointIds: [],
        message: 'E004 “Informal comment about branch opening hours” does not show the complaint was investigated. Add how you investigated it.',
      },
      {
        checkId: 'cycle-stages',
        severity: 'consider',
        refs: ['E012', 'E013'],
        markingPointIds: [],
        message:
          'The cycle “ISA season” has no evidence at agree standards, deliver, monitor and improve. Add an item for each of those stages, or link one you have to it in the item’s editor, so the cycle runs from identifying the need to improving.',
      },
      {
        checkId: 'reflection-evaluation',
        severity: 'consider',
        refs: ['E020'],
        markingPointIds: ['REL-1'],
        message:
          'E020 “Handling a vulnerable member’s enquiry” has nothing under “What you would do differently”. Evaluate what happened: say what worked, what did not, and one specific thing you would change.',
      },
    ]);
  });
});
