import type { Catalogue } from '../../catalogue/schema';
import type { Coverage, CoverageStatus } from '../coverage';
import type { Portfolio } from '../schemas';
import { decisionSignatureIssue } from '../signing/decision-signature';
import type { SignatureStatus } from '../signing/status';
import { learnerNumberClashes } from './learner-number-clashes';

/** One learner's portfolio as the cohort needs it: coverage already worked out with its signatures. */
export interface CohortInput {
  portfolio: Portfolio;
  /** The cohort label the tutor gave it on this device. */
  group?: string;
  coverage: Coverage;
  /** The latest save, decision or record in the portfolio (ISO), if any. */
  lastActivity: string | undefined;
}

export interface CohortUnitProgress {
  unitId: string;
  met: number;
  evidenced: number;
  total: number;
}

export interface CohortLearner {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  group?: string;
  /** The assessor the learner named on their portfolio. */
  assessorName: string;
  /** Everyone who made a current decision in the portfolio, by name, sorted. */
  decisionAssessors: string[];
  lastActivity?: string;
  /** Every marking point's status, by point id. */
  statuses: ReadonlyMap<string, CoverageStatus>;
  /** Points whose current decision is unsigned, or whose signature does not hold or is by a signer not confirmed here. */
  signatureIssues: ReadonlyMap<string, SignatureStatus>;
  met: number;
  evidenced: number;
  total: number;
  units: CohortUnitProgress[];
  /** Other portfolios here with the same learner number (a person should look: never merged). */
  sharesNumberWith: string[];
}

/** How many learners lack a marking point: no evidence, or an assessor's "not yet met". */
export interface PointGap {
  pointId: string;
  unitId: string;
  text: string;
  lacking: number;
  noEvidence: number;
  notYetMet: number;
  /** Learners counted. */
  learners: number;
}

export interface Cohort {
  learners: CohortLearner[];
  gaps: PointGap[];
  /** Every assessor named, on a portfolio or by a decision, sorted. */
  assessors: string[];
  groups: string[];
  numberClashes: Map<string, string[]>;
}

/** The statuses that mean a learner still lacks a point. */
export function lacks(status: CoverageStatus | undefined): boolean {
  return status === undefined || status === 'none' || status === 'not-yet-met';
}

// One collator each, made once: localeCompare with a locale builds a collator per call, which a
// 200-learner cohort (every name against every other, and the sort) feels as tens of milliseconds.
const textCollator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const nameCollator = new Intl.Collator('en-GB', { sensitivity: 'accent' });

const byText = (a: string, b: string) => textCollator.compare(a, b);

/** Names compared as people mean them: case and extra spaces do not make another person. */
export function sameName(a: string, b: string): boolean {
  return nameCollator.compare(a.trim().replace(/\s+/g, ' '), b.trim().replace(/\s+/g, ' ')) === 0;
}

function distinctNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed && !out.some((n) => sameName(n, trimmed))) out.push(trimmed);
  }
  return out.sort(byText);
}

function learnerOf(input: CohortInput, clashes: ReadonlyMap<string, string[]>): CohortLearner {
  const { portfolio, coverage } = input;
  const statuses = new Map<string, CoverageStatus>();
  const signatureIssues = new Map<string, SignatureStatus>();
  for (const unit of coverage.units)
    for (const p of unit.points) {
      statuses.set(p.point.id, p.status);
      const issue = decisionSignatureIssue(p);
      if (issue) signatureIssues.set(p.point.id, issue);
    }
  const decisionAssessors = distinctNames(coverage.units.flatMap((u) => u.points.flatMap((p) => (p.decision ? [p.decision.assessor.name] : []))));
  return {
    portfolioId: portfolio.id,
    learnerName: portfolio.learnerName,
    learnerNumber: portfolio.learnerNumber,
    group: input.group,
    assessorName: portfolio.assessorName,
    decisionAssessors,
    lastActivity: input.lastActivity,
    statuses,
    signatureIssues,
    met: coverage.met,
    evidenced: coverage.evidenced,
    total: coverage.total,
    units: coverage.units.map((u) => ({ unitId: u.unit.id, met: u.met, evidenced: u.evidenced, total: u.total })),
    sharesNumberWith: clashes.get(portfolio.id) ?? [],
  };
}

/** The shared-gap count of every marking point over `learners`, in catalogue order. */
export function gapsOf(catalogue: Catalogue, learners: readonly CohortLearner[], pointIds?: ReadonlySet<string>): PointGap[] {
  return catalogue.units.flatMap((unit) =>
    unit.markingPoints
      .filter((point) => !pointIds || pointIds.has(point.id))
      .map((point): PointGap => {
        let noEvidence = 0;
        let notYetMet = 0;
        for (const l of learners) {
          const status = l.statuses.get(point.id);
          if (status === undefined || status === 'none') noEvidence += 1;
          else if (status === 'not-yet-met') notYetMet += 1;
        }
        return { pointId: point.id, unitId: unit.id, text: point.text, lacking: noEvidence + notYetMet, noEvidence, notYetMet, learners: learners.length };
      }),
  );
}

/** Learners sorted by name (then number, then id, so the order never depends on the order read). */
function byLearner(a: CohortLearner, b: CohortLearner): number {
  return byText(a.learnerName, b.learnerName) || a.learnerNumber.localeCompare(b.learnerNumber) || a.portfolioId.localeCompare(b.portfolioId);
}

/** The cohort: one row per learner, the shared gaps, and the assessors and groups to filter by. */
export function buildCohort(catalogue: Catalogue, inputs: readonly CohortInput[]): Cohort {
  const numberClashes = learnerNumberClashes(inputs.map((i) => i.portfolio));
  const learners = inputs.map((i) => learnerOf(i, numberClashes)).sort(byLearner);
  return {
    learners,
    gaps: gapsOf(catalogue, learners),
    assessors: distinctNames(learners.flatMap((l) => [l.assessorName, ...l.decisionAssessors])),
    groups: distinctNames(learners.flatMap((l) => (l.group ? [l.group] : []))),
    numberClashes,
  };
}

export type GapOrder = 'lacking' | 'catalogue';

/**
 * The gaps in the order asked: most lacking first (ties in catalogue order, so the ranking is stable),
 * or the catalogue's own order.
 */
export function rankGaps(gaps: readonly PointGap[], order: GapOrder): PointGap[] {
  const position = new Map(gaps.map((g, i) => [g.pointId, i]));
  const list = [...gaps];
  if (order === 'lacking') list.sort((a, b) => b.lacking - a.lacking || (position.get(a.pointId) ?? 0) - (position.get(b.pointId) ?? 0));
  return list;
}
