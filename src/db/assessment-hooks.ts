import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from '../catalogue';
import { assessPortfolio } from '../domain/assessment';
import { assessorQueue, type AssessorQueue } from '../domain/assessor-queue';
import type { Portfolio } from '../domain/schemas';
import { checkSignatures } from './signature-checker';
import { db } from './database';

export interface QueueData {
  portfolios: Portfolio[];
  queue: AssessorQueue;
}

function byPortfolio<T extends { portfolioId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.portfolioId, [...(out.get(r.portfolioId) ?? []), r]);
  return out;
}

/** The assessor's queue across every portfolio on this device: everything read first, then signatures checked once. */
export async function readAssessorQueue(): Promise<QueueData> {
  const d = db();
  const [portfolios, evidence, mappings, decisions, versions, records, keys] = await Promise.all([
    d.portfolios.toArray(),
    d.evidence.toArray(),
    d.mappings.toArray(),
    d.decisions.toArray(),
    d.versions.toArray(),
    d.records.toArray(),
    d.keys.toArray(),
  ]);
  // Web Crypto is no Dexie call: wrapped so that the live query keeps watching (dexie-react-hooks' rule).
  const checks = await Promise.resolve(checkSignatures([...decisions, ...records], keys));
  const [ev, mp, de, ve, re] = [byPortfolio(evidence), byPortfolio(mappings), byPortfolio(decisions), byPortfolio(versions), byPortfolio(records)];
  const queue = assessorQueue(
    catalogue,
    portfolios.map((p) => ({
      portfolioId: p.id,
      learnerName: p.learnerName,
      records: re.get(p.id) ?? [],
      assessment: assessPortfolio(catalogue, {
        evidence: ev.get(p.id) ?? [],
        mappings: mp.get(p.id) ?? [],
        decisions: de.get(p.id) ?? [],
        versions: ve.get(p.id) ?? [],
        records: re.get(p.id) ?? [],
        checks,
      }),
    })),
  );
  return { portfolios, queue };
}

export function useAssessorQueue(): QueueData | undefined {
  return useLiveQuery(readAssessorQueue, []);
}
