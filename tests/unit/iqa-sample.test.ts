import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { defaultPlan, samplingPlanSchema, type SamplingPlan } from '../../src/domain/iqa/plan';
import { addLine, planCoverage, proposeSample, removeLine } from '../../src/domain/iqa/sample';
import { signerIdOf } from '../../src/domain/signers';
import { candidate, cohortCandidates } from './iqa-fixtures';

const morganId = signerIdOf({ role: 'assessor', name: 'Morgan Ellis' });
const plan = (over: Partial<SamplingPlan> = {}): SamplingPlan => ({ ...defaultPlan(42), ...over });

/** A seeded shuffle of the test's own, so the input order differs from the one the cohort was built in. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const countBy = (lines: { assessorId: string }[], id: string) => lines.filter((l) => l.assessorId === id).length;

describe('the sampling plan', () => {
  it('starts from 25 % interim and 100 % for new assessors, and says what is wrong with a bad plan', () => {
    expect(samplingPlanSchema.parse(defaultPlan(7))).toMatchObject({ stage: 'interim', share: 25, newAssessorShare: 100, seed: 7 });
    const bad = samplingPlanSchema.safeParse({ ...defaultPlan(7), name: '  ', share: 0, newAssessorShare: 101, notYetMetWeight: 11, seed: -1 });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'name: Give the plan a name, for example “Interim sample, spring term”',
      'share: Sample at least 1 % for the share of each assessor’s decisions',
      'newAssessorShare: The share for new assessors cannot be more than 100 %',
      'notYetMetWeight: The weight is at most 10',
      'seed: The seed cannot be negative',
    ]);
  });
});

describe('proposeSample', () => {
  const cohort = cohortCandidates({ 'Alex Brook': 10, 'Sam Okafor': 7, 'Morgan Ellis': 4 });

  it('samples at least each assessor’s share, rounded up, and says why each line was drawn', () => {
    const lines = proposeSample(plan(), cohort, catalogue);
    expect(countBy(lines, signerIdOf({ role: 'assessor', name: 'Alex Brook' }))).toBe(3);
    expect(countBy(lines, signerIdOf({ role: 'assessor', name: 'Sam Okafor' }))).toBe(2);
    expect(countBy(lines, morganId)).toBe(1);
    expect(lines.every((l) => l.addedBy === 'plan')).toBe(true);
    expect(lines.find((l) => l.assessorId === morganId)?.reasons).toEqual(['drawn at random for Morgan Ellis’s 25 % share (seed 42)']);
    expect(planCoverage(plan(), lines, cohort)).toMatchObject({ met: true, missing: [] });
  });

  it('samples every decision of a new assessor', () => {
    const lines = proposeSample(plan({ newAssessors: [morganId] }), cohort, catalogue);
    const morgan = lines.filter((l) => l.assessorId === morganId);
    expect(morgan).toHaveLength(4);
    for (const l of morgan) expect(l.reasons).toEqual(['Morgan Ellis is a new assessor: 100 % of their decisions are sampled']);
    const coverage = planCoverage(plan({ newAssessors: [morganId] }), lines, cohort);
    expect(coverage.assessors.find((a) => a.id === morganId)).toMatchObject({ isNew: true, decisions: 4, target: 4, sampled: 4, met: true });
  });

  it('covers every unit and method the plan requires where a decision exists', () => {
    // One decision only in unit IMP, and one only by witness testimony: a 25 % draw would rarely find them.
    const rare = cohort.map((c, i) => (i === 5 ? { ...c, decision: { ...c.decision, methods: ['witness-testimony' as const] } } : c));
    const imp = rare.filter((c) => c.unitId === 'IMP');
    expect(imp.length).toBeGreaterThan(0);
    const required = plan({ units: ['IMP', 'PRN'], methods: ['witness-testimony', 'observation'] });
    for (const seed of [1, 2, 3, 4, 5]) {
      const lines = proposeSample({ ...required, seed }, rare, catalogue);
      expect(lines.some((l) => l.unitId === 'IMP' && l.reasons.includes('covers unit IMP, which the plan requires'))).toBe(true);
      expect(lines.some((l) => l.decisionId === rare[5]?.decision.id && l.reasons.includes('covers the method witness testimony, which the plan requires'))).toBe(true);
      const coverage = planCoverage({ ...required, seed }, lines, rare);
      // No decision was made by observation: nothing to sample, so it does not hold the plan back.
      expect(coverage.methods.find((m) => m.id === 'observation')).toEqual({ id: 'observation', available: 0, covered: 0, met: true });
      expect(coverage.units.find((u) => u.id === 'IMP')?.met).toBe(true);
      expect(coverage.met).toBe(true);
    }
  });

  it('says what is missing when the IQA removes lines the plan needed', () => {
    const required = plan({ units: ['IMP'] });
    const lines = proposeSample(required, cohort, catalogue);
    const without = lines.filter((l) => l.unitId !== 'IMP' && l.assessorId !== morganId);
    const coverage = planCoverage(required, without, cohort);
    expect(coverage.met).toBe(false);
    expect(coverage.missing).toContain('Morgan Ellis: 0 of the 1 decisions the plan asks for are sampled');
    expect(coverage.missing).toContain('No sampled decision covers unit IMP, which the plan requires');
  });

  it('weights units with many not-yet-met decisions, and says so', () => {
    // Unit DEL: every decision not yet met.
    const troubled = cohort.map((c) => (c.unitId === 'DEL' ? { ...c, decision: { ...c.decision, outcome: 'not-yet-met' as const } } : c));
    const del = troubled.filter((c) => c.unitId === 'DEL').length;
    const weighted = plan({ notYetMetWeight: 10 });
    const reason = `unit DEL has many not-yet-met decisions (${del} of ${del}): weighted ×10`;
    let inDelWeighted = 0;
    let inDelPlain = 0;
    for (let seed = 0; seed < 40; seed += 1) {
      const lines = proposeSample({ ...weighted, seed }, troubled, catalogue);
      for (const l of lines.filter((x) => x.unitId === 'DEL')) expect(l.reasons).toContain(reason);
      inDelWeighted += lines.filter((l) => l.unitId === 'DEL').length;
      const plain = proposeSample({ ...weighted, seed, notYetMetWeight: 1 }, troubled, catalogue);
      expect(plain.flatMap((l) => l.reasons).some((r) => r.includes('weighted'))).toBe(false);
      inDelPlain += plain.filter((l) => l.unitId === 'DEL').length;
    }
    expect(inDelWeighted).toBeGreaterThan(inDelPlain * 1.5);
  });

  it('draws the same sample for the same seed whatever the input order, and another for another seed', () => {
    const first = proposeSample(plan({ units: ['EXT'], methods: ['product-evidence'] }), cohort, catalogue);
    for (const seed of [1, 99, 12345]) {
      expect(proposeSample(plan({ units: ['EXT'], methods: ['product-evidence'] }), shuffled(cohort, seed), catalogue)).toEqual(first);
    }
    const draws = new Set([42, 43, 44, 45].map((seed) => JSON.stringify(proposeSample(plan({ seed }), cohort, catalogue).map((l) => l.decisionId))));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('lets the IQA add and remove a line; an added line says who added it', () => {
    const lines = proposeSample(plan(), cohort, catalogue);
    const extra = cohort.find((c) => !lines.some((l) => l.decisionId === c.decision.id));
    if (!extra) throw new Error('every decision is sampled');
    const added = addLine(lines, extra);
    expect(added.at(-1)).toMatchObject({ decisionId: extra.decision.id, reasons: ['added by the IQA'], addedBy: 'iqa' });
    expect(addLine(added, extra)).toEqual(added);
    expect(removeLine(added, { portfolioId: extra.portfolioId, decisionId: extra.decision.id })).toEqual(lines);
  });

  it('proposes nothing from no decisions, and cuts a long name in a reason', () => {
    expect(proposeSample(plan(), [], catalogue)).toEqual([]);
    const long = 'A'.repeat(300);
    const lines = proposeSample(plan(), [candidate({ portfolio: 'p1', decision: 'd1', point: 'EXT-1', assessor: long })], catalogue);
    expect(lines[0]?.reasons[0]?.length).toBeLessThan(120);
  });
});
