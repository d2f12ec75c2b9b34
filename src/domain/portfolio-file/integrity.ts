import type { Catalogue } from '../../catalogue/schema';
import { formatRef, mappingId } from '../references';
import { shortForMessage as short } from '../short-for-message';
import { folioErrors, type FolioError } from './errors';
import { checkHistory } from './history-integrity';
import type { FolioData } from './schema';

/** The first duplicate value in a list, if any. */
function duplicate<T>(values: readonly T[]): T | undefined {
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

/**
 * What the schema cannot say on its own: every record belongs to this portfolio, points at evidence
 * that exists and at marking points of the qualification, and ids and references are unique. Without
 * this an import could write orphans or collide with itself half-way through its transaction.
 */
// Then checkHistory: the versions, the current state they give, and what the records point at.
export function checkIntegrity(data: FolioData, catalogue: Catalogue): FolioError | undefined {
  const { portfolio } = data;
  const bad = folioErrors.invalidData;
  if (portfolio.qualificationId !== catalogue.id) {
    return bad('portfolio: qualificationId', `the portfolio is for “${short(portfolio.qualificationId)}”, but this app holds ${catalogue.title} (“${catalogue.id}”)`);
  }
  const pointIds = new Set(catalogue.units.flatMap((u) => u.markingPoints.map((mp) => mp.id)));
  const evidenceById = new Map(data.evidence.map((e) => [e.id, e]));
  const refOf = (evidenceId: string) => evidenceById.get(evidenceId)?.ref ?? `evidence ${evidenceId}`;

  const tables = [
    ['evidence', data.evidence],
    ['mappings', data.mappings],
    ['attachments', data.attachments],
    ['decisions', data.decisions],
    ['audit', data.audit],
    ['versions', data.versions],
    ['records', data.records],
  ] as const;
  for (const [table, rows] of tables) {
    const stranger = rows.find((r) => r.portfolioId !== portfolio.id);
    if (stranger) return bad(`${table} ${stranger.id}: portfolioId`, `it belongs to portfolio ${stranger.portfolioId}, not to ${portfolio.id}`);
    const dup = duplicate(rows.map((r) => r.id));
    if (dup !== undefined) return bad(`${table}: id`, `the id ${dup} is used twice`);
  }

  for (const e of data.evidence) {
    if (e.ref !== formatRef(e.number)) return bad(`evidence ${e.ref}: ref`, `it should be ${formatRef(e.number)} for number ${e.number}`);
    if (e.number >= portfolio.nextEvidenceNumber) {
      return bad(`evidence ${e.ref}: number`, `it is not below the portfolio’s next evidence number (${portfolio.nextEvidenceNumber}), so a reference could be reused`);
    }
  }
  const dupRef = duplicate(data.evidence.map((e) => e.ref));
  if (dupRef !== undefined) return bad(`evidence ${dupRef}: ref`, 'two items have this reference');

  for (const m of data.mappings) {
    const where = `mapping ${short(refOf(m.evidenceId))} → ${short(m.markingPointId)}`;
    if (!evidenceById.has(m.evidenceId)) return bad(`${where}: evidenceId`, `there is no evidence item with id ${m.evidenceId}`);
    if (!pointIds.has(m.markingPointId)) return bad(`${where}: markingPointId`, `${short(m.markingPointId)} is not a marking point of ${catalogue.title}`);
    if (m.id !== mappingId(m.evidenceId, m.markingPointId)) return bad(`${where}: id`, `it should be ${mappingId(m.evidenceId, m.markingPointId)}`);
  }
  for (const a of data.attachments) {
    if (!evidenceById.has(a.evidenceId)) return bad(`attachment “${short(a.name)}”: evidenceId`, `there is no evidence item with id ${a.evidenceId}`);
  }
  // Decisions are append-only (a later one supersedes), so their ids are any unique id.
  const decisionIds = new Set(data.decisions.map((d) => d.id));
  for (const d of data.decisions) {
    const where = `decision ${short(d.markingPointId)}`;
    if (!pointIds.has(d.markingPointId)) return bad(`${where}: markingPointId`, `${short(d.markingPointId)} is not a marking point of ${catalogue.title}`);
    if (d.supersedes !== undefined && !decisionIds.has(d.supersedes)) return bad(`${where}: supersedes`, `there is no decision with id ${short(d.supersedes)}`);
  }
  const dupKey = duplicate(data.keys.map((k) => k.fingerprint));
  if (dupKey !== undefined) return bad('keys: fingerprint', `the key ${dupKey.slice(0, 16)}… is listed twice`);
  return checkHistory(data, catalogue);
}
