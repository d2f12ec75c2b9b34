import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from '../catalogue';
import { computeCoverage, type Coverage } from '../domain/coverage';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import type { AttachmentMeta, Decision, Evidence, Mapping, Portfolio } from '../domain/schemas';
import type { SignatureCheck } from '../domain/signing/status';
import { checkSignatures } from './signature-checker';
import { listAttachmentMeta, listAttachments } from './attachments';
import { db, type AttachmentRow, type DraftRow } from './database';
import { draftsOf, getDraft, type DraftSummary } from './drafts';
import { getEvidence, listEvidence } from './evidence';
import { listMappings } from './mappings';
import { getPortfolio, listPortfolios } from './portfolios';

/** Live queries: each returns undefined while loading, then re-renders whenever the data changes. */
export function usePortfolios(): Portfolio[] | undefined {
  return useLiveQuery(listPortfolios, []);
}

/** null when the portfolio does not exist; undefined while loading. */
export function usePortfolio(id: string): Portfolio | null | undefined {
  return useLiveQuery(async () => (await getPortfolio(id)) ?? null, [id]);
}

export function useEvidenceList(portfolioId: string): Evidence[] | undefined {
  return useLiveQuery(() => listEvidence(portfolioId), [portfolioId]);
}

/** null when the item does not exist; undefined while loading. */
export function useEvidence(id: string | undefined): Evidence | null | undefined {
  return useLiveQuery(async () => (id ? ((await getEvidence(id)) ?? null) : null), [id]);
}

export function useMappings(portfolioId: string): Mapping[] | undefined {
  return useLiveQuery(() => listMappings(portfolioId), [portfolioId]);
}

export function useAttachments(evidenceId: string | undefined): AttachmentRow[] | undefined {
  return useLiveQuery(async () => (evidenceId ? listAttachments(evidenceId) : []), [evidenceId]);
}

export function useAttachmentMeta(portfolioId: string): AttachmentMeta[] | undefined {
  return useLiveQuery(() => listAttachmentMeta(portfolioId), [portfolioId]);
}

export function useDraft(portfolioId: string, evidenceId: string | undefined): DraftRow | null | undefined {
  return useLiveQuery(async () => (await getDraft(portfolioId, evidenceId)) ?? null, [portfolioId, evidenceId]);
}

export interface PortfolioData {
  evidence: Evidence[];
  mappings: Mapping[];
  decisions: Decision[];
  versions: EvidenceVersion[];
  records: PortfolioRecord[];
  /** Every decision's and record's signature status, by id. */
  checks: ReadonlyMap<string, SignatureCheck>;
  coverage: Coverage;
}

/** Reads a portfolio's parts and derives coverage and assessment from them, signatures checked. */
export async function readPortfolioData(portfolioId: string): Promise<PortfolioData> {
  const d = db();
  const [evidence, mappings, decisions, versions, records, keys] = await Promise.all([
    listEvidence(portfolioId),
    listMappings(portfolioId),
    d.decisions.where('portfolioId').equals(portfolioId).toArray(),
    d.versions.where('portfolioId').equals(portfolioId).toArray(),
    d.records.where('portfolioId').equals(portfolioId).toArray(),
    d.keys.toArray(),
  ]);
  // Web Crypto is no Dexie call: wrapped so that the live query keeps watching (dexie-react-hooks' rule).
  const checks = await Promise.resolve(checkSignatures([...decisions, ...records], keys));
  return { evidence, mappings, decisions, versions, records, checks, coverage: computeCoverage(catalogue, evidence, mappings, decisions, { versions, records, checks }) };
}

/** Evidence, mappings, decisions, records and the coverage derived from them, in one live query. */
export function usePortfolioData(portfolioId: string): PortfolioData | undefined {
  return useLiveQuery(() => readPortfolioData(portfolioId), [portfolioId]);
}

/** The portfolio's unsaved drafts on this device, for a warning before they would be deleted. */
export function useDraftsOf(portfolioId: string): DraftSummary[] | undefined {
  return useLiveQuery(() => draftsOf(portfolioId), [portfolioId]);
}
