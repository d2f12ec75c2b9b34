import { assessmentMethodLabels, type AssessmentMethod } from '../schemas';
import type { SamplingPlan } from './plan';

/** How many of `decisions` a share in per cent asks for: always rounded up, so 25 % of 1 is 1. */
export function targetOf(sharePercent: number, decisions: number): number {
  return Math.min(decisions, Math.ceil((sharePercent * decisions) / 100));
}

/** The share in per cent that applies to an assessor under the plan. */
export function shareFor(plan: SamplingPlan, assessorId: string): number {
  return plan.newAssessors.includes(assessorId) ? plan.newAssessorShare : plan.share;
}

/** The method as a sentence names it: "observation", "witness testimony". */
export function methodWords(method: AssessmentMethod): string {
  return assessmentMethodLabels[method].toLowerCase();
}
