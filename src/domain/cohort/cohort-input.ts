import type { Catalogue } from '../../catalogue/schema';
import type { SignatureChecks } from '../assessment';
import { computeCoverage } from '../coverage';
import type { PortfolioSnapshot } from '../snapshot';
import type { CohortInput } from './cohort';

type PortfolioRows = Pick<PortfolioSnapshot, 'portfolio' | 'evidence' | 'mappings' | 'decisions' | 'versions' | 'records'>;

/** The latest save, decision or record in a portfolio (ISO), or nothing when it holds none. */
export function lastActivityOf(rows: Pick<PortfolioRows, 'versions' | 'decisions' | 'records'>): string | undefined {
  let max: string | undefined;
  const see = (t: string) => {
    if (max === undefined || t > max) max = t;
  };
  for (const v of rows.versions) see(v.savedAt);
  for (const d of rows.decisions) see(d.decidedAt);
  for (const r of rows.records) see(r.at);
  return max;
}

/** One portfolio as the cohort takes it: coverage with its signature checks, and its last activity. */
export function cohortInputOf(catalogue: Catalogue, rows: PortfolioRows, checks: SignatureChecks, group?: string): CohortInput {
  const coverage = computeCoverage(catalogue, rows.evidence, rows.mappings, rows.decisions, { versions: rows.versions, records: rows.records, checks });
  return { portfolio: rows.portfolio, ...(group ? { group } : {}), coverage, lastActivity: lastActivityOf(rows) };
}
