import { z } from 'zod';
import type { Catalogue } from '../../catalogue/schema';
import { assessmentMethodLabels, type AssessmentMethod } from '../schemas';
import { assessorsOf, type SampleCandidate } from './candidates';
import type { SamplingPlan } from './plan';

/* H4 owns this file; the smallest version the IQA screens need until H4's lands (same names). */

export const sampleLineSchema = z.object({
  portfolioId: z.string().min(1).max(100),
  decisionId: z.string().min(1).max(100),
  markingPointId: z.string().min(1).max(50),
  unitId: z.string().min(1).max(50),
  assessorId: z.string().min(1).max(200),
  reasons: z.array(z.string().min(1).max(500)).min(1).max(20),
  addedBy: z.enum(['plan', 'iqa']),
});
export type SampleLine = z.infer<typeof sampleLineSchema>;

export function lineKey(line: { portfolioId: string; decisionId: string }): string {
  return `${line.portfolioId}\u0000${line.decisionId}`;
}

const keyOf = (c: SampleCandidate) => lineKey({ portfolioId: c.portfolioId, decisionId: c.decision.id });

export function targetOf(sharePercent: number, decisions: number): number {
  return Math.ceil((sharePercent * decisions) / 100);
}

export function shareFor(plan: SamplingPlan, assessorId: string): number {
  return plan.newAssessors.includes(assessorId) ? plan.newAssessorShare : plan.share;
}

/** A number in [0, 1) from the seed and a key (FNV-1a, then a 32-bit mix): independent of input order. */
function unitInterval(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 0x1_0000_0000;
}

/** Units where at least a quarter of the decisions are not yet met get the plan's extra weight. */
function unitLoads(candidates: readonly SampleCandidate[]): Map<string, { notYetMet: number; decisions: number }> {
  const out = new Map<string, { notYetMet: number; decisions: number }>();
  for (const c of candidates) {
    const load = out.get(c.unitId) ?? { notYetMet: 0, decisions: 0 };
    load.decisions += 1;
    if (c.decision.outcome === 'not-yet-met') load.notYetMet += 1;
    out.set(c.unitId, load);
  }
  return out;
}

export function methodWords(method: AssessmentMethod): string {
  return assessmentMethodLabels[method].toLowerCase();
}

export function proposeSample(plan: SamplingPlan, candidates: readonly SampleCandidate[], catalogue: Catalogue): SampleLine[] {
  const unitNumber = new Map(catalogue.units.map((u) => [u.id, u.number]));
  const loads = unitLoads(candidates);
  const heavy = (unitId: string) => {
    const l = loads.get(unitId);
    return l !== undefined && plan.notYetMetWeight > 1 && l.notYetMet * 4 >= l.decisions && l.notYetMet > 0;
  };
  // Weighted random order (a heavier unit's decisions tend to come first), stable for a seed.
  const priority = (c: SampleCandidate) => unitInterval(plan.seed, keyOf(c)) ** (1 / (heavy(c.unitId) ? plan.notYetMetWeight : 1));
  const ordered = [...candidates].sort((a, b) => priority(b) - priority(a) || keyOf(a).localeCompare(keyOf(b)));
  const chosen = new Map<string, { candidate: SampleCandidate; reasons: string[] }>();
  const choose = (c: SampleCandidate, reason: string) => {
    const line = chosen.get(keyOf(c));
    if (line) line.reasons.push(reason);
    else chosen.set(keyOf(c), { candidate: c, reasons: [reason] });
  };
  for (const unitId of plan.units) {
    if ([...chosen.values()].some((l) => l.candidate.unitId === unitId)) continue;
    const pick = ordered.find((c) => c.unitId === unitId);
    if (pick) choose(pick, `covers unit ${unitNumber.get(unitId) ?? unitId}, which the plan requires`);
  }
  for (const method of plan.methods) {
    if ([...chosen.values()].some((l) => l.candidate.decision.methods.includes(method))) continue;
    const pick = ordered.find((c) => c.decision.methods.includes(method));
    if (pick) choose(pick, `covers the method ${methodWords(method)}, which the plan requires`);
  }
  for (const assessor of assessorsOf(candidates)) {
    const isNew = plan.newAssessors.includes(assessor.id);
    const target = targetOf(shareFor(plan, assessor.id), assessor.decisions);
    const theirs = ordered.filter((c) => c.assessorId === assessor.id);
    let have = theirs.filter((c) => chosen.has(keyOf(c))).length;
    for (const c of theirs) {
      if (have >= target) break;
      if (chosen.has(keyOf(c))) continue;
      const load = loads.get(c.unitId);
      choose(
        c,
        isNew
          ? `${assessor.person.name} is a new assessor: ${plan.newAssessorShare} % of their decisions are sampled`
          : `drawn at random for ${assessor.person.name}’s ${plan.share} % share (seed ${plan.seed})`,
      );
      if (heavy(c.unitId) && load) {
        chosen.get(keyOf(c))?.reasons.push(`unit ${unitNumber.get(c.unitId) ?? c.unitId} has many not-yet-met decisions (${load.notYetMet} of ${load.decisions}): weighted ×${plan.notYetMetWeight}`);
      }
      have += 1;
    }
  }
  return [...chosen.values()]
    .sort((a, b) => keyOf(a.candidate).localeCompare(keyOf(b.candidate)))
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

export function addLine(lines: readonly SampleLine[], candidate: SampleCandidate): SampleLine[] {
  if (lines.some((l) => lineKey(l) === keyOf(candidate))) return [...lines];
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

export function removeLine(lines: readonly SampleLine[], line: { portfolioId: string; decisionId: string }): SampleLine[] {
  return lines.filter((l) => lineKey(l) !== lineKey(line));
}

export interface AssessorCoverage {
  id: string;
  name: string;
  isNew: boolean;
  decisions: number;
  target: number;
  sampled: number;
  met: boolean;
}

export interface RequiredCoverage<T extends string> {
  id: T;
  available: number;
  covered: number;
  met: boolean;
}

export interface PlanCoverage {
  assessors: AssessorCoverage[];
  units: RequiredCoverage<string>[];
  methods: RequiredCoverage<AssessmentMethod>[];
  met: boolean;
  missing: string[];
}

export function planCoverage(plan: SamplingPlan, lines: readonly SampleLine[], candidates: readonly SampleCandidate[]): PlanCoverage {
  const inSample = new Set(lines.map(lineKey));
  const sampled = candidates.filter((c) => inSample.has(keyOf(c)));
  const missing: string[] = [];
  const assessors = assessorsOf(candidates).map((a) => {
    const target = targetOf(shareFor(plan, a.id), a.decisions);
    const count = sampled.filter((c) => c.assessorId === a.id).length;
    if (count < target) missing.push(`${a.person.name}: ${count} of the ${target} decisions the plan asks for are sampled`);
    return { id: a.id, name: a.person.name, isNew: plan.newAssessors.includes(a.id), decisions: a.decisions, target, sampled: count, met: count >= target };
  });
  const units = plan.units.map((id) => {
    const available = candidates.filter((c) => c.unitId === id).length;
    const covered = sampled.filter((c) => c.unitId === id).length;
    const met = available === 0 || covered > 0;
    if (!met) missing.push(`no sampled decision covers unit ${id}, which the plan requires`);
    return { id, available, covered, met };
  });
  const methods = plan.methods.map((id) => {
    const available = candidates.filter((c) => c.decision.methods.includes(id)).length;
    const covered = sampled.filter((c) => c.decision.methods.includes(id)).length;
    const met = available === 0 || covered > 0;
    if (!met) missing.push(`no sampled decision covers the method ${methodWords(id)}, which the plan requires`);
    return { id, available, covered, met };
  });
  return { assessors, units, methods, met: missing.length === 0, missing };
}
