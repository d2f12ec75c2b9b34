import { assessmentMethods, type AssessmentMethod } from '../schemas';
import { shortForMessage } from '../short-for-message';
import { assessorsOf, type SampleCandidate } from './candidates';
import type { SamplingPlan } from './plan';
import { lineKey, type SampleLine } from './sample-line';
import { methodWords, shareFor, targetOf } from './shares';

export interface AssessorCoverage {
  id: string;
  name: string;
  isNew: boolean;
  /** Their decisions the round could sample. */
  decisions: number;
  /** How many the plan's share asks for (rounded up). */
  target: number;
  sampled: number;
  met: boolean;
}

export interface RequiredCoverage<T extends string> {
  id: T;
  /** Decisions that could cover it: with none, there is nothing to sample and it does not count against the plan. */
  available: number;
  covered: number;
  met: boolean;
}

export interface PlanCoverage {
  assessors: AssessorCoverage[];
  units: RequiredCoverage<string>[];
  methods: RequiredCoverage<AssessmentMethod>[];
  met: boolean;
  /** What is missing, one sentence each, for the screen and the record. */
  missing: string[];
}

/** Whether a sample meets its plan: each assessor's share, and every unit and method the plan names. */
export function planCoverage(plan: SamplingPlan, lines: readonly SampleLine[], candidates: readonly SampleCandidate[]): PlanCoverage {
  const byKey = new Map(candidates.map((c) => [lineKey({ portfolioId: c.portfolioId, decisionId: c.decision.id }), c]));
  // A line counts by what it records (assessor, unit), even when its decision is no longer a candidate
  // (decided again, or its unit signed off since): it was sampled. Its methods are known only from the decision.
  const unique = [...new Map(lines.map((l) => [lineKey(l), l])).values()];
  const sampledMethods = unique.flatMap((l) => byKey.get(lineKey(l))?.decision.methods ?? []);
  const missing: string[] = [];

  const assessors = assessorsOf(candidates).map((a): AssessorCoverage => {
    const target = targetOf(shareFor(plan, a.id), a.decisions);
    const count = unique.filter((l) => l.assessorId === a.id).length;
    const name = shortForMessage(a.person.name, 60);
    if (count < target) missing.push(`${name}: ${count} of the ${target} decisions the plan asks for are sampled`);
    return { id: a.id, name: a.person.name, isNew: plan.newAssessors.includes(a.id), decisions: a.decisions, target, sampled: count, met: count >= target };
  });

  const required = <T extends string>(id: T, available: number, covered: number, words: string): RequiredCoverage<T> => {
    const met = covered > 0 || available === 0;
    if (!met) missing.push(`No sampled decision covers ${words}, which the plan requires`);
    return { id, available, covered, met };
  };
  const units = [...new Set(plan.units)].map((id) =>
    required(id, candidates.filter((c) => c.unitId === id).length, unique.filter((l) => l.unitId === id).length, `unit ${shortForMessage(id, 20)}`),
  );
  const methods = assessmentMethods
    .filter((m) => plan.methods.includes(m))
    .map((m) => required(m, candidates.filter((c) => c.decision.methods.includes(m)).length, sampledMethods.filter((x) => x === m).length, `the method ${methodWords(m)}`));
  return { assessors, units, methods, met: missing.length === 0, missing };
}
