import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from '../catalogue';
import { computeCoverage, type Coverage } from '../domain/coverage';
import type { AttachmentMeta, Decision, Evidence, Mapping, Portfolio } from '../domain/schemas';
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
  coverage: Coverage;
}

/** Evidence, mappings, decisions and the coverage derived from them, in one live query. */
export function usePortfolioData(portfolioId: string): PortfolioData | undefined {
  return useLiveQuery(async () => {
    const d = db();
    const [evidence, mappings, decisions] = await Promise.all([
      listEvidence(portfolioId),
      listMappings(portfolioId),
      d.decisions.where('portfolioId').equals(portfolioId).toArray(),
    ]);
    return { evidence, mappings, decisions, coverage: computeCoverage(catalogue, evidence, mappings, decisions) };
  }, [portfolioId]);
}

/** The portfolio's unsaved drafts on this device, for a warning before they would be deleted. */
export function useDraftsOf(portfolioId: string): DraftSummary[] | undefined {
  return useLiveQuery(() => draftsOf(portfolioId), [portfolioId]);
}
