import { decisionId, mappingId } from '../references';
import type { PortfolioSnapshot } from '../snapshot';

/**
 * The same portfolio under new ids, for "keep both" on import: the portfolio and everything it owns
 * get fresh ids, and every reference between them follows. References (E001 …) and content stay as they were.
 */
export function reIdSnapshot(snapshot: PortfolioSnapshot, newId: () => string): PortfolioSnapshot {
  return reIdRecords(snapshot, newId, newId());
}

/**
 * Fresh ids for everything the portfolio owns, under `portfolioId` (the same one, or a new one). Used
 * on import when a file's record ids are already taken by another portfolio on this device.
 */
export function reIdRecords(snapshot: PortfolioSnapshot, newId: () => string, portfolioId: string): PortfolioSnapshot {
  const evidenceIds = new Map(snapshot.evidence.map((e) => [e.id, newId()]));
  const evidenceId = (old: string): string => evidenceIds.get(old) ?? old;
  return {
    portfolio: { ...snapshot.portfolio, id: portfolioId },
    evidence: snapshot.evidence.map((e) => ({ ...e, id: evidenceId(e.id), portfolioId })),
    mappings: snapshot.mappings.map((m) => ({
      ...m,
      id: mappingId(evidenceId(m.evidenceId), m.markingPointId),
      portfolioId,
      evidenceId: evidenceId(m.evidenceId),
    })),
    decisions: snapshot.decisions.map((d) => ({
      ...d,
      id: decisionId(portfolioId, d.markingPointId),
      portfolioId,
      // An id of evidence deleted since the decision stays as it is: it still marks the decision as stale.
      basedOn: d.basedOn.map((b) => ({ ...b, evidenceId: evidenceId(b.evidenceId) })),
    })),
    versions: snapshot.versions.map((v) => ({ ...v, portfolioId, evidenceId: evidenceId(v.evidenceId) })),
    records: snapshot.records.map((r) => ({ ...r, portfolioId, ...('evidenceId' in r ? { evidenceId: evidenceId(r.evidenceId) } : {}) })),
    keys: snapshot.keys,
    attachments: snapshot.attachments.map((a) => ({ ...a, id: newId(), portfolioId, evidenceId: evidenceId(a.evidenceId) })),
    audit: snapshot.audit.map((a) => ({ ...a, id: newId(), portfolioId })),
  };
}
