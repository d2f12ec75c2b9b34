import { later } from '../assessment';
import { toCsv } from '../csv';
import type { PortfolioRecord, RecordOf } from '../records';
import type { Decision } from '../schemas';
import type { SignatureCheck } from '../signing/status';
import type { SampleCandidate, SamplingPortfolio } from './candidates';
import type { SamplingPlan } from './plan';
import type { IqaRound } from './round';
import { planCoverage, type SampleLine } from './sample';

/* H4 owns this file; the smallest version the IQA screens need until H4's lands (same names). */

export type IqaRecord = RecordOf<'iqa'>;

export function iqaOutcomeKey(roundId: string, decisionId: string): string {
  return `${roundId}:${decisionId}`;
}

/** The latest outcome per (round, decision): a later one supersedes an earlier one. */
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
  decisions: number;
  sampled: number;
  agreed: number;
  toAction: number;
  disagreed: number;
  awaiting: number;
  planMet: boolean;
}

export function assessorReports(plan: SamplingPlan, lines: readonly SampleLine[], candidates: readonly SampleCandidate[], outcomes: ReadonlyMap<string, IqaRecord>): AssessorReport[] {
  const byDecision = new Map([...outcomes.values()].map((o) => [o.decisionId, o]));
  return planCoverage(plan, lines, candidates).assessors.map((a) => {
    const theirs = lines.filter((l) => l.assessorId === a.id);
    const count = (outcome: IqaRecord['outcome']) => theirs.filter((l) => byDecision.get(l.decisionId)?.outcome === outcome).length;
    const agreed = count('agreed');
    const toAction = count('assessor-to-action');
    const disagreed = count('disagreed');
    return { assessorId: a.id, name: a.name, isNew: a.isNew, decisions: a.decisions, sampled: theirs.length, agreed, toAction, disagreed, awaiting: theirs.length - agreed - toAction - disagreed, planMet: a.met };
  });
}

export function iqaReportCsv(reports: readonly AssessorReport[]): string {
  return toCsv([
    ['Assessor', 'New assessor', 'Decisions', 'Sampled', 'Agreed', 'Assessor to action', 'Disagreed', 'Awaiting an outcome', 'Plan met'],
    ...reports.map((r) => [r.name, r.isNew ? 'yes' : 'no', r.decisions, r.sampled, r.agreed, r.toAction, r.disagreed, r.awaiting, r.planMet ? 'yes' : 'no']),
  ]);
}

export interface ReportPortfolio extends SamplingPortfolio {
  records: readonly PortfolioRecord[];
}

export interface SampleLineView {
  line: SampleLine;
  learnerName: string;
  learnerNumber: string;
  onDevice: boolean;
  decision?: Decision;
  decisionSignature?: SignatureCheck;
  current: boolean;
  outcome?: IqaRecord;
  outcomeSignature?: SignatureCheck;
}

export function sampleLineViews(round: Pick<IqaRound, 'id' | 'lines' | 'portfolios'>, portfolios: readonly ReportPortfolio[]): SampleLineView[] {
  const byId = new Map(portfolios.map((p) => [p.portfolio.id, p]));
  const named = new Map(round.portfolios.map((p) => [p.portfolioId, p]));
  return round.lines.map((line): SampleLineView => {
    const p = byId.get(line.portfolioId);
    const learner = p?.portfolio ?? named.get(line.portfolioId);
    const decision = p?.decisions.find((d) => d.id === line.decisionId);
    const current = p ? !p.decisions.some((d) => d.supersedes === line.decisionId) : false;
    const outcome = p ? latestIqaOutcomes(p.records, round.id).get(iqaOutcomeKey(round.id, line.decisionId)) : undefined;
    const decisionSignature = decision ? p?.checks.get(decision.id) : undefined;
    const outcomeSignature = outcome ? p?.checks.get(outcome.id) : undefined;
    return {
      line,
      learnerName: learner?.learnerName ?? 'Unknown learner',
      learnerNumber: learner?.learnerNumber ?? '',
      onDevice: p !== undefined,
      current,
      ...(decision ? { decision } : {}),
      ...(decisionSignature ? { decisionSignature } : {}),
      ...(outcome ? { outcome } : {}),
      ...(outcomeSignature ? { outcomeSignature } : {}),
    };
  });
}
