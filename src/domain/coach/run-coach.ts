import { checkComplaintRecord, complaintClassSource, complaintStagesSource } from './complaint-record';
import { checkCycleStages, cycleStagesSource } from './cycle-stages';
import { checkFeedbackAnalysis, feedbackAnalysisSource } from './feedback-analysis';
import { checkImprovementMeasure, improvementMeasureSource } from './improvement-measure';
import { checkFactorCount, checkTechniqueCount, factorCountSource, techniqueCountSource } from './list-count';
import { checkInternalCustomer, internalCustomerSource } from './internal-customer';
import { checkKpiLinks, kpiLinksSource } from './kpi-links';
import { checkMeasurableStandard, measurableStandardSource } from './measurable-standard';
import { checkPolicyReference, policyReferenceSource } from './policy-reference';
import { checkReferralDetails, referralDetailsSource } from './referral-details';
import { checkReflectionEvaluation, reflectionEvaluationSource } from './reflection-evaluation';
import { checkServicePlan, servicePlanSource } from './service-plan';
import type { CoachCheckDef, CoachFinding, CoachInput } from './types';

/** Every check the coach runs, in the order their findings are listed within one item. */
export const coachChecks: readonly CoachCheckDef[] = [
  { id: 'internal-customer', title: 'Internal customers used for an external-customer point', sources: [internalCustomerSource], run: checkInternalCustomer },
  { id: 'complaint-record', title: 'Complaint not classed, or a stage of the procedure missing', sources: [complaintClassSource, complaintStagesSource], run: checkComplaintRecord },
  { id: 'measurable-standard', title: 'Standard or target with no number or timescale', sources: [measurableStandardSource], run: checkMeasurableStandard },
  { id: 'feedback-analysis', title: 'Feedback with no analysis or action', sources: [feedbackAnalysisSource], run: checkFeedbackAnalysis },
  { id: 'reflection-evaluation', title: 'Reflection with no evaluation', sources: [reflectionEvaluationSource], run: checkReflectionEvaluation },
  { id: 'referral-details', title: 'Referral with no role or information passed on', sources: [referralDetailsSource], run: checkReferralDetails },
  { id: 'service-plan', title: 'Service plan missing resources, timelines, roles or contingencies', sources: [servicePlanSource], run: checkServicePlan },
  { id: 'improvement-measure', title: 'Improvement with no before-and-after measure', sources: [improvementMeasureSource], run: checkImprovementMeasure },
  { id: 'kpi-links', title: 'Improvement linked to a KPI row with no result, or to one that no longer exists', sources: [kpiLinksSource], run: checkKpiLinks },
  { id: 'policy-reference', title: 'No standard, policy or legislation named where a point asks for one', sources: [policyReferenceSource], run: checkPolicyReference },
  { id: 'factor-count', title: 'Fewer distinct factors than the point asks for', sources: [factorCountSource], run: checkFactorCount },
  { id: 'technique-count', title: 'Fewer feedback techniques than the point asks for', sources: [techniqueCountSource], run: checkTechniqueCount },
  { id: 'cycle-stages', title: 'Plan-do-review cycle with stages missing', sources: [cycleStagesSource], run: checkCycleStages },
];

const severityOrder = { fix: 0, consider: 1 } as const;

/**
 * Runs every check over the portfolio. Findings come out in one order whatever order the items came
 * in: things to fix first, then by item number, then in the order of `coachChecks` (the sort is stable,
 * so one check's findings on one item keep the order the check gave them).
 */
export function runCoach(input: CoachInput): CoachFinding[] {
  const numberOf = new Map(input.evidence.map((e) => [e.id, e.number]));
  const firstNumber = (f: CoachFinding) => Math.min(...f.evidenceIds.map((id) => numberOf.get(id) ?? Number.MAX_SAFE_INTEGER));
  const checkIndex = new Map(coachChecks.map((c, i) => [c.id, i]));
  return coachChecks
    .flatMap((check) => check.run(input))
    .map((finding) => ({ finding, number: firstNumber(finding), check: checkIndex.get(finding.checkId) ?? coachChecks.length }))
    .sort((a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.number - b.number || a.check - b.check)
    .map((row) => row.finding);
}
