import type { Catalogue } from '../../catalogue/schema';
import { shortForMessage } from '../short-for-message';
import { assessorsOf, type SampleCandidate } from './candidates';
import type { SamplingPlan } from './plan';
import { lineKey, type SampleLine } from './sample-line';
import { drawPriority } from './seeded-draw';
import { methodWords, shareFor, targetOf } from './shares';

export { lineKey, sampleLineSchema, type SampleLine } from './sample-line';
export { planCoverage, type PlanCoverage } from './plan-coverage';
export { methodWords, shareFor, targetOf } from './shares';

/*
 * The sample a plan proposes (issue 9): every line says why it was chosen. Deterministic for a seed and
 * free of the input's order: candidates are sorted by their own keys, and the draw gives each its own
 * seeded number (./seeded-draw).
 */

/** A unit has "many" not-yet-met decisions when at least this share of its decisions are, and at least two. */
export const MANY_NOT_YET_MET_SHARE = 0.25;
const MANY_NOT_YET_MET_MIN = 2;

interface UnitLoad {
  decisions: number;
  notYetMet: number;
}

/** Units where many decisions are not yet met: the plan draws their decisions with extra weight. */
export function weightedUnits(plan: SamplingPlan, candidates: readonly SampleCandidate[]): Map<string, UnitLoad> {
  const load = new Map<string, UnitLoad>();
  for (const c of candidates) {
    const l = load.get(c.unitId) ?? { decisions: 0, notYetMet: 0 };
    l.decisions += 1;
    if (c.decision.outcome === 'not-yet-met') l.notYetMet += 1;
    load.set(c.unitId, l);
  }
  const heavy = new Map<string, UnitLoad>();
  if (plan.notYetMetWeight <= 1) return heavy;
  for (const [unitId, l] of load) if (l.notYetMet >= MANY_NOT_YET_MET_MIN && l.notYetMet >= MANY_NOT_YET_MET_SHARE * l.decisions) heavy.set(unitId, l);
  return heavy;
}

// Keys are compared on every step of a sort: made once per candidate.
const keys = new WeakMap<SampleCandidate, string>();
function candidateKey(c: SampleCandidate): string {
  let key = keys.get(c);
  if (key === undefined) {
    key = lineKey({ portfolioId: c.portfolioId, decisionId: c.decision.id });
    keys.set(c, key);
  }
  return key;
}
const byKey = (a: SampleCandidate, b: SampleCandidate) => (candidateKey(a) < candidateKey(b) ? -1 : candidateKey(a) > candidateKey(b) ? 1 : 0);
const names = new Intl.Collator('en-GB');
/** Ids compared by code unit: the same order on every device, whatever its language. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Proposes the sample a plan asks for, each line with its reasons. */
export function proposeSample(plan: SamplingPlan, candidates: readonly SampleCandidate[], catalogue: Catalogue): SampleLine[] {
  const unique = new Map<string, SampleCandidate>();
  for (const c of candidates) unique.set(candidateKey(c), c);
  const sorted = [...unique.values()].sort(byKey);
  const heavy = weightedUnits(plan, sorted);
  const weightOf = (c: SampleCandidate) => (heavy.has(c.unitId) ? plan.notYetMetWeight : 1);
  const priority = new Map(sorted.map((c) => [candidateKey(c), drawPriority(plan.seed, candidateKey(c), weightOf(c))]));
  // Highest priority first; the key breaks the (vanishingly rare) tie.
  const ranked = [...sorted].sort((a, b) => (priority.get(candidateKey(b)) ?? 0) - (priority.get(candidateKey(a)) ?? 0) || byKey(a, b));

  const chosen = new Map<string, { candidate: SampleCandidate; reasons: string[] }>();
  const choose = (c: SampleCandidate, reason: string) => {
    const seen = chosen.get(candidateKey(c));
    if (seen) seen.reasons.push(reason);
    else chosen.set(candidateKey(c), { candidate: c, reasons: [reason] });
  };
  const weightReason = (c: SampleCandidate): string | undefined => {
    const l = heavy.get(c.unitId);
    return l ? `unit ${shortForMessage(c.unitId, 20)} has many not-yet-met decisions (${l.notYetMet} of ${l.decisions}): weighted ×${plan.notYetMetWeight}` : undefined;
  };
  const drawn = (c: SampleCandidate, reason: string) => {
    choose(c, reason);
    const w = weightReason(c);
    if (w) choose(c, w);
  };
  const assessors = assessorsOf(sorted);
  const nameOf = new Map(assessors.map((a) => [a.id, shortForMessage(a.person.name, 60)]));

  // A new assessor sampled in full: every decision, one reason.
  for (const a of assessors) {
    if (!plan.newAssessors.includes(a.id) || plan.newAssessorShare < 100) continue;
    for (const c of sorted) if (c.assessorId === a.id) choose(c, `${nameOf.get(a.id)} is a new assessor: 100 % of their decisions are sampled`);
  }

  // Coverage the plan requires, where a decision exists: the first in the draw's order that covers it.
  const covers = (test: (c: SampleCandidate) => boolean, reason: string, isDraw: boolean) => {
    const already = ranked.find((c) => chosen.has(candidateKey(c)) && test(c));
    if (already) {
      choose(already, reason);
      return;
    }
    const pick = ranked.find(test);
    if (pick && isDraw) drawn(pick, reason);
    else if (pick) choose(pick, reason);
  };
  const unitOrder = catalogue.units.map((u) => u.id);
  const requiredUnits = [...new Set(plan.units)].sort((a, b) => unitOrder.indexOf(a) - unitOrder.indexOf(b) || byCodeUnit(a, b));
  for (const unitId of requiredUnits) covers((c) => c.unitId === unitId, `covers unit ${shortForMessage(unitId, 20)}, which the plan requires`, false);
  for (const method of [...new Set(plan.methods)].sort()) {
    covers((c) => c.decision.methods.includes(method), `covers the method ${methodWords(method)}, which the plan requires`, true);
  }

  // Each assessor's share, topped up by the seeded draw.
  for (const a of assessors) {
    const share = shareFor(plan, a.id);
    const target = targetOf(share, a.decisions);
    let have = [...chosen.values()].filter((x) => x.candidate.assessorId === a.id).length;
    const isNew = plan.newAssessors.includes(a.id);
    const reason = `drawn at random for ${nameOf.get(a.id)}’s ${share} % share${isNew ? ' as a new assessor' : ''} (seed ${plan.seed})`;
    for (const c of ranked) {
      if (have >= target) break;
      if (c.assessorId !== a.id || chosen.has(candidateKey(c))) continue;
      drawn(c, reason);
      have += 1;
    }
  }

  const pointOrder = new Map(catalogue.units.flatMap((u) => u.markingPoints.map((mp) => mp.id)).map((id, i) => [id, i]));
  return [...chosen.values()]
    .sort(
      (x, y) =>
        names.compare(nameOf.get(x.candidate.assessorId) ?? '', nameOf.get(y.candidate.assessorId) ?? '') ||
        byCodeUnit(x.candidate.assessorId, y.candidate.assessorId) ||
        names.compare(x.candidate.learnerName, y.candidate.learnerName) ||
        byCodeUnit(x.candidate.portfolioId, y.candidate.portfolioId) ||
        (pointOrder.get(x.candidate.decision.markingPointId) ?? 0) - (pointOrder.get(y.candidate.decision.markingPointId) ?? 0) ||
        byKey(x.candidate, y.candidate),
    )
    .map(({ candidate: c, reasons }) => ({
      portfolioId: c.portfolioId,
      decisionId: c.decision.id,
      markingPointId: c.decision.markingPointId,
      unitId: c.unitId,
      assessorId: c.assessorId,
      reasons,
      addedBy: 'plan' as const,
    }));
}

/** The IQA adds a decision to the sample by hand; a decision already sampled is left as it is. */
export function addLine(lines: readonly SampleLine[], candidate: SampleCandidate): SampleLine[] {
  const key = candidateKey(candidate);
  if (lines.some((l) => lineKey(l) === key)) return [...lines];
  return [
    ...lines,
    {
      portfolioId: candidate.portfolioId,
      decisionId: candidate.decision.id,
      markingPointId: candidate.decision.markingPointId,
      unitId: candidate.unitId,
      assessorId: candidate.assessorId,
      reasons: ['added by the IQA'],
      addedBy: 'iqa',
    },
  ];
}

/** The IQA takes a decision out of the sample. */
export function removeLine(lines: readonly SampleLine[], line: { portfolioId: string; decisionId: string }): SampleLine[] {
  const key = lineKey(line);
  return lines.filter((l) => lineKey(l) !== key);
}
