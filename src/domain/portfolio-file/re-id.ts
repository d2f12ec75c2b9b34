import { mappingId } from '../references';
import type { PortfolioRecord } from '../records';
import type { PortfolioSnapshot } from '../snapshot';

/** True when any decision or record of the snapshot is signed: under new ids, those signatures would be dropped (below). */
export function holdsSignatures(snapshot: Pick<PortfolioSnapshot, 'decisions' | 'records'>): boolean {
  return snapshot.decisions.some((d) => d.signature !== undefined) || snapshot.records.some((r) => r.signature !== undefined);
}

/**
 * The same portfolio under new ids, for "keep both" on import: the portfolio and everything it owns
 * get fresh ids, and every reference between them follows. References (E001 …), content and hashes
 * stay as they were. A signature covers its record's ids and portfolio id, so a re-identified signed
 * record would fail: its signature is dropped instead, and it shows as unsigned (the Import page says
 * so before keeping both; merging keeps them signed).
 */
export function reIdSnapshot(snapshot: PortfolioSnapshot, newId: () => string): PortfolioSnapshot {
  return reIdRecords(snapshot, newId, newId());
}

/**
 * Fresh ids for everything the portfolio owns, under `portfolioId` (the same one, or a new one). Used
 * on import when a file's record ids are already taken by another portfolio on this device.
 */
export function reIdRecords(snapshot: PortfolioSnapshot, newId: () => string, portfolioId: string): PortfolioSnapshot {
  const fresh = (ids: readonly string[]) => new Map(ids.map((id) => [id, newId()]));
  // Items with versions but no current row are items too (their ids must follow).
  const evidenceIds = fresh([...new Set([...snapshot.evidence.map((e) => e.id), ...snapshot.versions.map((v) => v.evidenceId)])]);
  const versionIds = fresh(snapshot.versions.map((v) => v.id));
  const attachmentIds = fresh(snapshot.attachments.map((a) => a.id));
  const decisionIds = fresh(snapshot.decisions.map((d) => d.id));
  const recordIds = fresh(snapshot.records.map((r) => r.id));
  // An id the file does not hold (an item or version deleted since, named by a tombstone or a decision) stays as it is.
  const follow = (map: Map<string, string>) => (old: string) => map.get(old) ?? old;
  const evidenceId = follow(evidenceIds);
  const versionId = follow(versionIds);
  const reIdRecord = ({ signature: _signature, ...r }: PortfolioRecord): PortfolioRecord => {
    const base = { ...r, id: follow(recordIds)(r.id), portfolioId };
    switch (base.type) {
      case 'comment':
        return { ...base, evidenceId: evidenceId(base.evidenceId), versionId: versionId(base.versionId) };
      case 'unlock':
      case 'coach-dismissal':
        return { ...base, evidenceId: evidenceId(base.evidenceId) };
      case 'tombstone':
        return { ...base, evidenceId: evidenceId(base.evidenceId), versionIds: base.versionIds.map(versionId) };
      case 'declaration':
        return { ...base, versions: Object.fromEntries(Object.entries(base.versions).map(([e, v]) => [evidenceId(e), versionId(v)])) };
      case 'sign-off':
        return { ...base, decisionIds: base.decisionIds.map(follow(decisionIds)) };
      case 'countersign':
        return { ...base, signOffId: follow(recordIds)(base.signOffId) };
      case 'iqa':
        return { ...base, decisionId: follow(decisionIds)(base.decisionId) };
      case 'ready':
      case 'key-change':
        return base;
    }
  };
  return {
    portfolio: { ...snapshot.portfolio, id: portfolioId },
    evidence: snapshot.evidence.map((e) => ({ ...e, id: evidenceId(e.id), portfolioId, versionId: versionId(e.versionId) })),
    mappings: snapshot.mappings.map((m) => ({
      ...m,
      id: mappingId(evidenceId(m.evidenceId), m.markingPointId),
      portfolioId,
      evidenceId: evidenceId(m.evidenceId),
    })),
    versions: snapshot.versions.map((v) => ({
      ...v,
      id: versionId(v.id),
      portfolioId,
      evidenceId: evidenceId(v.evidenceId),
      parents: v.parents.map(versionId),
      attachments: v.attachments.map((a) => ({ ...a, id: follow(attachmentIds)(a.id) })),
    })),
    decisions: snapshot.decisions.map(({ signature: _signature, ...d }) => ({
      ...d,
      id: follow(decisionIds)(d.id),
      portfolioId,
      ...(d.supersedes !== undefined ? { supersedes: follow(decisionIds)(d.supersedes) } : {}),
      // An id of evidence deleted since the decision stays as it is: it still marks the decision as stale.
      basedOn: d.basedOn.map((b) => ({ ...b, evidenceId: evidenceId(b.evidenceId), ...(b.versionId !== undefined ? { versionId: versionId(b.versionId) } : {}) })),
    })),
    records: snapshot.records.map(reIdRecord),
    keys: snapshot.keys,
    attachments: snapshot.attachments.map((a) => ({ ...a, id: follow(attachmentIds)(a.id), portfolioId, evidenceId: evidenceId(a.evidenceId) })),
    audit: snapshot.audit.map((a) => ({ ...a, id: newId(), portfolioId })),
  };
}
