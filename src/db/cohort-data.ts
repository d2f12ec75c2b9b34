import { catalogue } from '../catalogue';
import type { SignatureChecks } from '../domain/assessment';
import { computeCoverage, type Coverage } from '../domain/coverage';
import type { PortfolioRecord } from '../domain/records';
import type { Decision, Portfolio } from '../domain/schemas';
import { checkSignatures } from '../domain/signing/status';
import { db } from './database';

/*
 * The smallest honest version of the coordinator's cohort reader, for the IQA's functions on this
 * branch (issue 9): the coordinator's own file replaces this one on merge.
 */

/** One portfolio on the device as the IQA's sample needs it: its decisions, records, signature checks and coverage. */
export interface CohortPortfolioData {
  portfolio: Portfolio;
  group?: string;
  decisions: Decision[];
  records: PortfolioRecord[];
  checks: SignatureChecks;
  coverage: Coverage;
}

/** Every portfolio on this device, its signatures checked with the device's keys. */
export async function readCohortPortfolios(): Promise<CohortPortfolioData[]> {
  const d = db();
  const { portfolios, evidence, mappings, decisions, versions, records, keys, local } = await d.transaction(
    'r',
    [d.portfolios, d.evidence, d.mappings, d.decisions, d.versions, d.records, d.keys, d.portfolioLocal],
    async () => ({
      portfolios: await d.portfolios.toArray(),
      evidence: await d.evidence.toArray(),
      mappings: await d.mappings.toArray(),
      decisions: await d.decisions.toArray(),
      versions: await d.versions.toArray(),
      records: await d.records.toArray(),
      keys: await d.keys.toArray(),
      local: await d.portfolioLocal.toArray(),
    }),
  );
  const of = <T extends { portfolioId: string }>(rows: readonly T[], id: string) => rows.filter((r) => r.portfolioId === id);
  return Promise.all(
    portfolios.map(async (portfolio) => {
      const mine = { decisions: of(decisions, portfolio.id), records: of(records, portfolio.id) };
      const checks = await checkSignatures([...mine.decisions, ...mine.records], keys);
      const coverage = computeCoverage(catalogue, of(evidence, portfolio.id), of(mappings, portfolio.id), mine.decisions, { versions: of(versions, portfolio.id), records: mine.records, checks });
      const group = local.find((l) => l.portfolioId === portfolio.id)?.group;
      return { portfolio, ...(group === undefined ? {} : { group }), ...mine, checks, coverage };
    }),
  );
}
