import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { catalogue } from '../catalogue';
import type { CohortInput } from '../domain/cohort/cohort';
import { cohortInputOf } from '../domain/cohort/cohort-input';
import type { Coverage } from '../domain/coverage';
import type { SignatureChecks } from '../domain/assessment';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import type { Decision, Evidence, Mapping, Portfolio } from '../domain/schemas';
import { checkSignatures } from '../domain/signing/status';
import { db, type KeyRow } from './database';

/** One portfolio of the device, with what the cohort and the quality assurer read of it. */
export interface CohortPortfolioData {
  portfolio: Portfolio;
  group?: string;
  decisions: Decision[];
  records: PortfolioRecord[];
  checks: SignatureChecks;
  coverage: Coverage;
  lastActivity: string | undefined;
}

/** Every portfolio's rows, read table by table in one transaction (not portfolio by portfolio). */
interface CohortRows {
  portfolios: Portfolio[];
  groups: Map<string, string>;
  evidence: Evidence[];
  mappings: Mapping[];
  decisions: Decision[];
  versions: EvidenceVersion[];
  records: PortfolioRecord[];
  keys: KeyRow[];
}

function readRows(): Promise<CohortRows> {
  const d = db();
  return d.transaction('r', [d.portfolios, d.portfolioLocal, d.evidence, d.mappings, d.decisions, d.versions, d.records, d.keys], async () => {
    const [portfolios, local, evidence, mappings, decisions, versions, records, keys] = await Promise.all([
      d.portfolios.toArray(),
      d.portfolioLocal.toArray(),
      d.evidence.toArray(),
      d.mappings.toArray(),
      d.decisions.toArray(),
      d.versions.toArray(),
      d.records.toArray(),
      d.keys.toArray(),
    ]);
    const groups = new Map(local.flatMap((row) => (row.group ? [[row.portfolioId, row.group] as const] : [])));
    return { portfolios, groups, evidence, mappings, decisions, versions, records, keys };
  });
}

function groupBy<T extends { portfolioId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.portfolioId);
    if (list) list.push(row);
    else out.set(row.portfolioId, [row]);
  }
  return out;
}

/** Coverage per portfolio, with every signature checked against the keys this device knows. */
async function derive(rows: CohortRows): Promise<CohortPortfolioData[]> {
  // One check over every portfolio's records: pinning looks at all of a signer's keys across portfolios.
  // Web Crypto is no Dexie call: wrapped so that a live query around this keeps watching (dexie-react-hooks' rule).
  const checks = await Promise.resolve(checkSignatures([...rows.decisions, ...rows.records], rows.keys));
  const evidence = groupBy(rows.evidence);
  const mappings = groupBy(rows.mappings);
  const decisions = groupBy(rows.decisions);
  const versions = groupBy(rows.versions);
  const records = groupBy(rows.records);
  return rows.portfolios.map((portfolio) => {
    const id = portfolio.id;
    const own = {
      evidence: evidence.get(id) ?? [],
      mappings: mappings.get(id) ?? [],
      decisions: decisions.get(id) ?? [],
      versions: versions.get(id) ?? [],
      records: records.get(id) ?? [],
    };
    const { coverage, lastActivity } = cohortInputOf(catalogue, { portfolio, ...own }, checks);
    return { portfolio, group: rows.groups.get(id), decisions: own.decisions, records: own.records, checks, coverage, lastActivity };
  });
}

/** Every portfolio on the device, for the quality assurer: decisions, records, signature checks, coverage. */
export async function readCohortPortfolios(): Promise<CohortPortfolioData[]> {
  return derive(await readRows());
}

const toInput = (p: CohortPortfolioData): CohortInput => ({ portfolio: p.portfolio, group: p.group, coverage: p.coverage, lastActivity: p.lastActivity });

/** Every portfolio on the device as the cohort view takes it. */
export async function readCohortInputs(): Promise<CohortInput[]> {
  return (await readCohortPortfolios()).map(toInput);
}

/**
 * The same, live: read again whenever a portfolio, its rows, a group label or a key changes. The
 * signature checks (Web Crypto) run outside the live query, which must await nothing but the database;
 * the previous result is kept until the new one is ready, so the view never flickers back to loading.
 */
export function useCohortPortfolios(): CohortPortfolioData[] | undefined {
  const rows = useLiveQuery(readRows, []);
  const [result, setResult] = useState<CohortPortfolioData[] | undefined>(undefined);
  useEffect(() => {
    if (!rows) return;
    let current = true;
    void derive(rows).then((data) => {
      if (current) setResult(data);
    });
    return () => {
      current = false;
    };
  }, [rows]);
  return result;
}

export function useCohortInputs(): CohortInput[] | undefined {
  const portfolios = useCohortPortfolios();
  return useMemo(() => portfolios?.map(toInput), [portfolios]);
}
