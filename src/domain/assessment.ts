import type { Catalogue, Unit } from '../catalogue/schema';
import type { EvidenceVersion, PortfolioRecord, RecordOf } from './records';
import type { Decision, Evidence, Mapping } from './schemas';
import { signerIdOf } from './signers';
import { signatureHolds } from './signing/holds';
import type { SignatureCheck } from './signing/status';

/*
 * The rules of assessment (issue 8), derived and never stored: which decision is current, whether the
 * evidence it judged has changed since, what counts as met, whether a unit is ready, signed off or
 * locked, and what waits in the assessor's queue. Pure: no clock, no storage.
 */

export type SignatureChecks = ReadonlyMap<string, SignatureCheck>;

function verified(id: string, checks: SignatureChecks): boolean {
  const check = checks.get(id);
  return check !== undefined && signatureHolds(check.status);
}

/** Later by time, then by id, so two devices always agree which of two records is the latest. */
export function later(aAt: string, aId: string, bAt: string, bId: string): boolean {
  return aAt > bAt || (aAt === bAt && aId > bId);
}

/** The current decision on each marking point: the latest, since decisions are append-only. */
export function currentDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const d of decisions) {
    const seen = out.get(d.markingPointId);
    if (!seen || later(d.decidedAt, d.id, seen.decidedAt, seen.id)) out.set(d.markingPointId, d);
  }
  return out;
}

/** Versions by id and by item, built once for every staleness check of a portfolio. */
export interface VersionIndex {
  byId: ReadonlyMap<string, EvidenceVersion>;
  byEvidence: ReadonlyMap<string, readonly EvidenceVersion[]>;
}

export function indexVersions(versions: readonly EvidenceVersion[]): VersionIndex {
  const byId = new Map<string, EvidenceVersion>();
  const byEvidence = new Map<string, EvidenceVersion[]>();
  for (const v of versions) {
    byId.set(v.id, v);
    const list = byEvidence.get(v.evidenceId) ?? [];
    list.push(v);
    byEvidence.set(v.evidenceId, list);
  }
  return { byId, byEvidence };
}

const NO_VERSIONS: VersionIndex = { byId: new Map(), byEvidence: new Map() };

/**
 * True when the decision no longer judges what is mapped to its point now:
 * - an item it was based on has a different point hash now (its content, attachments or this point's
 *   rationale changed; mapping it elsewhere does not count), or, for a decision from format 1 with no
 *   hash, a different version number;
 * - an item it was based on is no longer mapped there (unmapped or deleted);
 * - an item is mapped there now that was not when the assessor decided (an item the assessor saw mapped
 *   and left out of the basis on purpose does not count);
 * - an item the assessor added though it was not mapped there has changed (its content hash) or is gone
 *   (`current` holds every current item of the portfolio; without it such an item counts as gone).
 */
export function isDecisionStale(
  decision: Decision,
  mapped: readonly Evidence[],
  versions: VersionIndex = NO_VERSIONS,
  current: ReadonlyMap<string, Evidence> = new Map(),
): boolean {
  const point = decision.markingPointId;
  const mappedById = new Map(mapped.map((e) => [e.id, e]));
  const basisIds = new Set<string>();
  for (const b of decision.basedOn) {
    basisIds.add(b.evidenceId);
    if (b.unmapped && !mappedById.has(b.evidenceId)) {
      const item = current.get(b.evidenceId);
      if (!item || versions.byId.get(item.versionId)?.contentHash !== b.hash) return true;
      continue;
    }
    const e = mappedById.get(b.evidenceId);
    if (!e) return true;
    if (b.hash !== undefined) {
      if (versions.byId.get(e.versionId)?.pointHashes[point] !== b.hash) return true;
    } else if (b.versionId !== undefined) {
      if (b.versionId !== e.versionId) return true;
    } else if (b.version !== e.version) {
      return true;
    }
  }
  return mapped.some((e) => !basisIds.has(e.id) && !wasMappedWhenDecided(e.id, point, decision.decidedAt, versions));
}

function wasMappedWhenDecided(evidenceId: string, point: string, decidedAt: string, versions: VersionIndex): boolean {
  return (versions.byEvidence.get(evidenceId) ?? []).some((v) => v.savedAt <= decidedAt && v.mappings.some((m) => m.markingPointId === point));
}

/**
 * Only a decision of met, signed, whose signature verifies with its signer's key, on evidence unchanged
 * since, counts towards a marking point being met. An unsigned decision (format 1, the old demo) never does.
 */
export function countsAsMet(decision: Decision, stale: boolean, signatureCheck: SignatureCheck | undefined): boolean {
  return (
    decision.outcome === 'met' &&
    !stale &&
    decision.signature !== undefined &&
    signatureCheck !== undefined &&
    signatureHolds(signatureCheck.status)
  );
}

function latestOf<T extends PortfolioRecord>(records: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of records) if (!best || later(r.at, r.id, best.at, best.id)) best = r;
  return best;
}

function ofType<T extends PortfolioRecord['type']>(records: readonly PortfolioRecord[], type: T): RecordOf<T>[] {
  return records.filter((r): r is RecordOf<T> => r.type === type);
}

/** The learner's latest word on whether a unit is ready for assessment, if they have said anything. */
export function unitReadiness(records: readonly PortfolioRecord[], unitId: string): RecordOf<'ready'> | undefined {
  return latestOf(ofType(records, 'ready').filter((r) => r.unitId === unitId));
}

export function isUnitReady(records: readonly PortfolioRecord[], unitId: string): boolean {
  return unitReadiness(records, unitId)?.ready === true;
}

/** What assessment needs to know about one marking point. */
export interface PointAssessment {
  decision?: Decision;
  stale: boolean;
  countsAsMet: boolean;
}

export type CountersignState = 'not-needed' | 'pending' | 'done';

export interface SignOffState {
  signOff: RecordOf<'sign-off'>;
  countersign: CountersignState;
  countersignRecord?: RecordOf<'countersign'>;
}

/**
 * A unit's sign-off, if one holds: the latest sign-off with a signature that verifies whose decisions
 * are still the current ones on every point of the unit and still count as met. A sign-off lapses when
 * the assessor decides a point again or its evidence changes (after an unlock).
 */
export function unitSignOff(
  unit: Unit,
  records: readonly PortfolioRecord[],
  points: ReadonlyMap<string, PointAssessment>,
  checks: SignatureChecks,
): SignOffState | undefined {
  const holds = ofType(records, 'sign-off').filter((s) => {
    if (s.unitId !== unit.id || !verified(s.id, checks)) return false;
    const named = new Set(s.decisionIds);
    return unit.markingPoints.every((mp) => {
      const pa = points.get(mp.id);
      return pa?.decision !== undefined && named.has(pa.decision.id) && pa.countsAsMet;
    });
  });
  const signOff = latestOf(holds);
  if (!signOff) return undefined;
  if (signOff.countersignBy === undefined) return { signOff, countersign: 'not-needed' };
  const wanted = signerIdOf({ role: 'assessor', name: signOff.countersignBy });
  const countersignRecord = latestOf(
    ofType(records, 'countersign').filter((c) => c.signOffId === signOff.id && signerIdOf(c.by) === wanted && verified(c.id, checks)),
  );
  return countersignRecord ? { signOff, countersign: 'done', countersignRecord } : { signOff, countersign: 'pending' };
}

/**
 * Items the learner may not change: those mapped to a point of a signed-off unit, unless the assessor
 * unlocked the item (a signed unlock record, verified) after that unit's sign-off.
 */
export function lockedEvidenceIds(
  signedOff: readonly { unit: Unit; signOff: RecordOf<'sign-off'> }[],
  mappings: readonly Pick<Mapping, 'evidenceId' | 'markingPointId'>[],
  records: readonly PortfolioRecord[],
  checks: SignatureChecks,
): Map<string, LockReason> {
  const unlocks = ofType(records, 'unlock').filter((u) => verified(u.id, checks));
  const locked = new Map<string, LockReason>();
  for (const { unit, signOff } of signedOff) {
    const points = new Set(unit.markingPoints.map((mp) => mp.id));
    for (const m of mappings) {
      if (!points.has(m.markingPointId) || locked.has(m.evidenceId)) continue;
      const unlocked = unlocks.some((u) => u.evidenceId === m.evidenceId && !later(signOff.at, signOff.id, u.at, u.id));
      if (!unlocked) locked.set(m.evidenceId, { unitId: unit.id, signOff });
    }
  }
  return locked;
}

/** Why an item is locked: the unit signed off, and who signed it off when. */
export interface LockReason {
  unitId: string;
  signOff: RecordOf<'sign-off'>;
}

/** The assessment of every point of a portfolio, and of every unit, from its stored parts. */
export interface PortfolioAssessment {
  points: Map<string, PointAssessment>;
  signOffs: Map<string, SignOffState>;
  locked: Map<string, LockReason>;
}

export interface AssessmentInputs {
  evidence: readonly Evidence[];
  mappings: readonly Mapping[];
  decisions: readonly Decision[];
  versions: readonly EvidenceVersion[];
  records: readonly PortfolioRecord[];
  checks: SignatureChecks;
}

/** Everything above for one portfolio at once. */
export function assessPortfolio(catalogue: Catalogue, input: AssessmentInputs): PortfolioAssessment {
  const versions = indexVersions(input.versions);
  const evidenceById = new Map(input.evidence.map((e) => [e.id, e]));
  const mappedByPoint = new Map<string, Evidence[]>();
  for (const m of input.mappings) {
    const e = evidenceById.get(m.evidenceId);
    if (!e) continue;
    mappedByPoint.set(m.markingPointId, [...(mappedByPoint.get(m.markingPointId) ?? []), e]);
  }
  const current = currentDecisions(input.decisions);
  const points = new Map<string, PointAssessment>();
  for (const unit of catalogue.units) {
    for (const mp of unit.markingPoints) {
      const decision = current.get(mp.id);
      if (!decision) {
        points.set(mp.id, { stale: false, countsAsMet: false });
        continue;
      }
      const stale = isDecisionStale(decision, mappedByPoint.get(mp.id) ?? [], versions, evidenceById);
      points.set(mp.id, { decision, stale, countsAsMet: countsAsMet(decision, stale, input.checks.get(decision.id)) });
    }
  }
  const signOffs = new Map<string, SignOffState>();
  for (const unit of catalogue.units) {
    const state = unitSignOff(unit, input.records, points, input.checks);
    if (state) signOffs.set(unit.id, state);
  }
  const signedOff = catalogue.units.flatMap((unit) => {
    const state = signOffs.get(unit.id);
    return state ? [{ unit, signOff: state.signOff }] : [];
  });
  return { points, signOffs, locked: lockedEvidenceIds(signedOff, input.mappings, input.records, input.checks) };
}
