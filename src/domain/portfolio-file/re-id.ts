import type { PortfolioRecord } from '../records';
import { mappingId } from '../references';
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
 *
 * Signatures cover ids, so a re-identified signed record no longer verifies: its signature is dropped
 * and it shows as unsigned (the import screen says so before keeping both).
 */
export function reIdRecords(snapshot: PortfolioSnapshot, newId: () => string, portfolioId: string): PortfolioSnapshot {
  const renamer = () => {
    const ids = new Map<string, string>();
    return (old: string): string => {
      let next = ids.get(old);
      if (next === undefined) {
        next = newId();
        ids.set(old, next);
      }
      return next;
    };
  };
  const known = (ids: Iterable<string>, rename: (old: string) => string) => {
    const set = new Set(ids);
    // An id of something deleted since stays as it is: it still marks a decision as stale.
    return (old: string): string => (set.has(old) ? rename(old) : old);
  };
  const evidenceId = known(
    [...snapshot.evidence.map((e) => e.id), ...snapshot.versions.map((v) => v.evidenceId)],
    renamer(),
  );
  const versionId = known(
    snapshot.versions.map((v) => v.id),
    renamer(),
  );
  const attachmentId = known(
    snapshot.attachments.map((a) => a.id),
    renamer(),
  );
  const decisionIdOf = known(
    snapshot.decisions.map((d) => d.id),
    renamer(),
  );
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
      attachments: v.attachments.map((a) => ({ ...a, id: attachmentId(a.id) })),
    })),
    decisions: snapshot.decisions.map(({ signature: _signature, ...d }) => ({
      ...d,
      id: decisionIdOf(d.id),
      portfolioId,
      ...(d.supersedes ? { supersedes: decisionIdOf(d.supersedes) } : {}),
      basedOn: d.basedOn.map((b) => ({ ...b, evidenceId: evidenceId(b.evidenceId), ...(b.versionId ? { versionId: versionId(b.versionId) } : {}) })),
    })),
    records: snapshot.records.map(({ signature: _signature, ...r }): PortfolioRecord => {
      const base = { ...r, id: newId(), portfolioId };
      switch (base.type) {
        case 'comment':
          return { ...base, evidenceId: evidenceId(base.evidenceId), versionId: versionId(base.versionId) };
        case 'unlock':
          return { ...base, evidenceId: evidenceId(base.evidenceId) };
        case 'tombstone':
          return { ...base, evidenceId: evidenceId(base.evidenceId), versionIds: base.versionIds.map(versionId) };
        case 'declaration':
          return { ...base, versions: Object.fromEntries(Object.entries(base.versions).map(([e, v]) => [evidenceId(e), versionId(v)])) };
        default:
          return base;
      }
    }),
    attachments: snapshot.attachments.map((a) => ({ ...a, id: attachmentId(a.id), portfolioId, evidenceId: evidenceId(a.evidenceId) })),
    audit: snapshot.audit.map((a) => ({ ...a, id: newId(), portfolioId })),
    keys: snapshot.keys,
  };
}
