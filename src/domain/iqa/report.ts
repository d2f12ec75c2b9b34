import { later } from '../assessment';
import { toCsv } from '../csv';
import type { PortfolioRecord, RecordOf } from '../records';
import type { Decision } from '../schemas';
import type { SignatureCheck } from '../signing/status';
import type { SampleCandidate, SamplingPortfolio } from './candidates';
import type { SamplingPlan } from './plan';
import { planCoverage } from './plan-coverage';
import type { IqaRound } from './round';
import { lineKey, type SampleLine } from './sample-line';

export type IqaRecord = RecordOf<'iqa'>;

/** The key of an outcome: a later outcome in the same round on the same decision supersedes the earlier. */
export function iqaOutcomeKey(roundId: string, decisionId: string): string {
  return `${roundId}:${decisionId}`;
}

/** The latest IQA outcome on each decision in each round (of one round, given `roundId`). */
export function latestIqaOutcomes(records: readonly PortfolioRecord[], roundId?: string): Map<string, IqaRecord> {
  const out = new Map<string, IqaRecord>();
  for (const r of records) {
    if (r.type !== 'iqa' || (roundId !== undefined && r.roundId !== roundId)) continue;
    const key = iqaOutcomeKey(r.roundId, r.decisionId);
    const seen = out.get(key);
    if (!seen || later(r.at, r.id, seen.at, seen.id)) out.set(key, r);
  }
  return out;
}

export interface AssessorReport {
  assessorId: string;
  name: string;
  isNew: boolean;
  /** Their decisions the round could sample. */
  decisions: number;
  sampled: number;
  agreed: number;
  toAction: number;
  disagreed: number;
  /** Sampled, with no outcome recorded yet. */
  awaiting: number;
  /** The plan's share of their decisions is sampled. */
  planMet: boolean;
}

/**
 * The IQA report per assessor. `outcomes` are one round's (latestIqaOutcomes(records, roundId)); given
 * more rounds', a decision's latest outcome in any of them counts.
 */
export function assessorReports(plan: SamplingPlan, lines: readonly SampleLine[], candidates: readonly SampleCandidate[], outcomes: ReadonlyMap<string, IqaRecord>): AssessorReport[] {
  const byDecision = new Map<string, IqaRecord>();
  for (const o of outcomes.values()) {
    const seen = byDecision.get(lineKey(o));
    if (!seen || later(o.at, o.id, seen.at, seen.id)) byDecision.set(lineKey(o), o);
  }
  const coverage = planCoverage(plan, lines, candidates);
  const unique = [...new Map(lines.map((l) => [lineKey(l), l])).values()];
  return coverage.assessors.map((a) => {
    const mine = unique.filter((l) => l.assessorId === a.id);
    const count = (outcome: IqaRecord['outcome']) => mine.filter((l) => byDecision.get(lineKey(l))?.outcome === outcome).length;
    const agreed = count('agreed');
    const toAction = count('assessor-to-action');
    const disagreed = count('disagreed');
    return { assessorId: a.id, name: a.name, isNew: a.isNew, decisions: a.decisions, sampled: mine.length, agreed, toAction, disagreed, awaiting: mine.length - agreed - toAction - disagreed, planMet: a.met };
  });
}

/** The report as CSV: one row per assessor, then the totals. Names come from other people's files: csvCell escapes them. */
export function iqaReportCsv(reports: readonly AssessorReport[]): string {
  const header = ['Assessor', 'New assessor', 'Decisions', 'Sampled', 'Agreed', 'Assessor to action', 'Disagreed', 'Awaiting an outcome', 'Plan met'];
  const rows = reports.map((r) => [r.name, r.isNew ? 'yes' : 'no', r.decisions, r.sampled, r.agreed, r.toAction, r.disagreed, r.awaiting, r.planMet ? 'yes' : 'no']);
  const sum = (f: (r: AssessorReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const totals = [
    'All assessors',
    String(reports.filter((r) => r.isNew).length),
    sum((r) => r.decisions),
    sum((r) => r.sampled),
    sum((r) => r.agreed),
    sum((r) => r.toAction),
    sum((r) => r.disagreed),
    sum((r) => r.awaiting),
    reports.every((r) => r.planMet) ? 'yes' : 'no',
  ];
  return toCsv([header, ...rows, totals]);
}

/** What the report's portfolios need beyond sampling's: their records, where the outcomes are. */
export interface ReportPortfolio extends SamplingPortfolio {
  records: readonly PortfolioRecord[];
}

/** A sampled line joined with what the device holds: the decision, its signature, the round's latest outcome. */
export interface SampleLineView {
  line: SampleLine;
  learnerName: string;
  learnerNumber: string;
  /** False when the learner's portfolio is not on this device. */
  onDevice: boolean;
  decision?: Decision;
  decisionSignature?: SignatureCheck;
  /** False when the assessor has decided the point again since it was sampled. */
  current: boolean;
  outcome?: IqaRecord;
  outcomeSignature?: SignatureCheck;
}

/** Every line of a round, as the screens and the PDF show it. */
export function sampleLineViews(round: Pick<IqaRound, 'id' | 'lines' | 'portfolios'>, portfolios: readonly ReportPortfolio[]): SampleLineView[] {
  const byId = new Map(portfolios.map((p) => [p.portfolio.id, p]));
  const named = new Map(round.portfolios.map((p) => [p.portfolioId, p]));
  return round.lines.map((line): SampleLineView => {
    const p = byId.get(line.portfolioId);
    const learnerName = p?.portfolio.learnerName ?? named.get(line.portfolioId)?.learnerName ?? '';
    const learnerNumber = p?.portfolio.learnerNumber ?? named.get(line.portfolioId)?.learnerNumber ?? '';
    if (!p) return { line, learnerName, learnerNumber, onDevice: false, current: false };
    const decision = p.decisions.find((d) => d.id === line.decisionId);
    const outcome = latestIqaOutcomes(p.records, round.id).get(iqaOutcomeKey(round.id, line.decisionId));
    const newer = p.decisions.some((d) => decision !== undefined && d.markingPointId === decision.markingPointId && later(d.decidedAt, d.id, decision.decidedAt, decision.id));
    const view: SampleLineView = { line, learnerName, learnerNumber, onDevice: true, current: decision !== undefined && !newer };
    const decisionSignature = decision ? p.checks.get(decision.id) : undefined;
    const outcomeSignature = outcome ? p.checks.get(outcome.id) : undefined;
    return {
      ...view,
      ...(decision ? { decision } : {}),
      ...(decisionSignature ? { decisionSignature } : {}),
      ...(outcome ? { outcome } : {}),
      ...(outcomeSignature ? { outcomeSignature } : {}),
    };
  });
}
