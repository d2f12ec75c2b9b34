import { Dexie } from 'dexie';
import { findUnit, unitOf } from '../catalogue';
import { currentDecisions } from '../domain/assessment';
import { canSignOff } from '../domain/sign-off';
import {
  commentInputSchema,
  decisionInputSchema,
  signOffInputSchema,
  unlockInputSchema,
  type CommentInput,
  type DecisionInput,
  type SignOffInput,
  type UnlockInput,
} from '../domain/assessment-input';
import { COUNTERSIGN_DECLARATION, SIGN_OFF_DECLARATION } from '../domain/declarations';
import type { PortfolioRecord, RecordOf } from '../domain/records';
import { statusLabels } from '../domain/coverage';
import type { Decision, Person, Role } from '../domain/schemas';
import { shortForMessage } from '../domain/short-for-message';
import { signerIdOf } from '../domain/signers';
import { clock } from '../platform/clock';
import { db } from './database';
import { getIdentity, signAsMe } from './identity';
import { readAssessment } from './locks';
import { signatureChecksOf } from './signature-checks';

/*
 * Not exported from the db index (which the first screen loads): screens import this file directly.
 *
 * The assessor's writes (issue 8) and the learner's "ready". Every one is an append-only record, signed
 * where the issue says so (decisions, sign-offs, countersignatures, unlocks), with an audit entry naming
 * who did it. Each checks its input with the same schema as the form that sends it.
 */

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? 'Check what you entered.';
}

/** A refusal the screens show as it is: it says what is wrong and what to do. */
export class AssessmentError extends Error {}

/** Who is using this device; with nobody set up yet, the portfolio's learner (as before roles existed). */
async function whoAmI(portfolioId: string): Promise<Person> {
  const me = await getIdentity();
  if (me) return { role: me.role, name: me.name };
  const portfolio = await db().portfolios.get(portfolioId);
  return { role: 'learner', name: portfolio?.learnerName ?? 'Learner' };
}

async function requireRole(portfolioId: string, role: Role, doing: string): Promise<Person> {
  const me = await whoAmI(portfolioId);
  if (me.role !== role) throw new AssessmentError(`Only ${role === 'learner' ? 'the learner' : 'an assessor'} can ${doing}; this device is set up for ${me.name} as ${me.role}.`);
  return me;
}

async function audit(portfolioId: string, by: Person, action: string, detail: string): Promise<void> {
  await db().audit.add({ id: clock.newId(), portfolioId, at: clock.now(), role: by.role, name: by.name, action, detail: detail.slice(0, 1000) });
}

/** The tables a transaction that reads the assessment needs. */
function assessmentScope() {
  const d = db();
  return [d.portfolios, d.evidence, d.mappings, d.decisions, d.versions, d.records, d.keys, d.identity, d.audit];
}

/**
 * A signed write in three steps: `prepare` reads and builds the record; the record is signed outside any
 * transaction (Web Crypto is not IndexedDB, and awaiting it inside one lets IndexedDB commit it); `write`
 * then checks, in one transaction, that nothing the record rests on has changed, and stores it. So
 * `prepare` needs no transaction of its own: `write` is where consistency is checked. A check that reads
 * through several async helpers is awaited through Dexie.waitFor inside `write`: after a chain of native
 * awaits that deep Dexie loses the transaction, and the writes that follow would run outside it.
 */
async function signedWrite<T extends Decision | PortfolioRecord, R>(prepare: () => Promise<T>, write: (signed: T) => Promise<R>): Promise<R> {
  const d = db();
  const signed = await signAsMe(await prepare());
  return d.transaction('rw', assessmentScope(), () => write(signed));
}

function changedMeanwhile(what: string): AssessmentError {
  return new AssessmentError(`${what} changed on this device while you were signing. Look again, then try once more.`);
}

/** Records the assessor's decision on one marking point, signed, bound to the hash of each version judged. */
export async function recordDecision(portfolioId: string, markingPointId: string, input: DecisionInput): Promise<Decision> {
  const parsed = decisionInputSchema.safeParse(input);
  if (!parsed.success) throw new AssessmentError(firstIssue(parsed));
  const unit = unitOf(markingPointId);
  if (!unit) throw new AssessmentError(`The qualification has no marking point “${shortForMessage(markingPointId, 50)}”.`);
  const d = db();
  const currentOnPoint = async () =>
    currentDecisions(await d.decisions.where('markingPointId').equals(markingPointId).filter((x) => x.portfolioId === portfolioId).toArray()).get(markingPointId);
  return signedWrite<Decision, Decision>(
    async () => {
      const assessor = await requireRole(portfolioId, 'assessor', 'decide a marking point');
      const mapped = new Set((await d.mappings.where('markingPointId').equals(markingPointId).toArray()).filter((m) => m.portfolioId === portfolioId).map((m) => m.evidenceId));
      const basedOn = [];
      for (const evidenceId of new Set(parsed.data.basedOn)) {
        const item = await d.evidence.get(evidenceId);
        if (!item || item.portfolioId !== portfolioId) throw new AssessmentError('An item chosen as evidence is no longer in this portfolio. Reload and decide again.');
        const version = await d.versions.get(item.versionId);
        if (!version) throw new AssessmentError(`${item.ref}’s saved history is missing on this device.`);
        // An item the assessor adds though it is not mapped here is bound by its whole content instead.
        if (mapped.has(evidenceId)) basedOn.push({ evidenceId, versionId: version.id, version: version.version, hash: version.pointHashes[markingPointId] });
        else basedOn.push({ evidenceId, versionId: version.id, version: version.version, hash: version.contentHash, unmapped: true as const });
      }
      const previous = await currentOnPoint();
      return {
        id: clock.newId(),
        portfolioId,
        markingPointId,
        outcome: parsed.data.outcome,
        feedback: parsed.data.feedback,
        methods: parsed.data.methods,
        basedOn,
        assessor,
        decidedAt: clock.now(),
        ...(previous ? { supersedes: previous.id } : {}),
      };
    },
    async (decision) => {
      for (const b of decision.basedOn) {
        if ((await d.evidence.get(b.evidenceId))?.versionId !== b.versionId) throw changedMeanwhile(`The evidence for ${markingPointId}`);
      }
      if ((await currentOnPoint())?.id !== decision.supersedes) throw changedMeanwhile(`The decision on ${markingPointId}`);
      await d.decisions.add(decision);
      await audit(portfolioId, decision.assessor, 'decided', `${markingPointId}: ${statusLabels[decision.outcome]}`);
      return decision;
    },
  );
}

/** An assessor's (or tutor's) comment on one evidence item, on the version they saw. */
export async function addComment(evidenceId: string, input: CommentInput): Promise<void> {
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) throw new AssessmentError(firstIssue(parsed));
  const d = db();
  await d.transaction('rw', assessmentScope(), async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new AssessmentError('This evidence item no longer exists.');
    const by = await whoAmI(item.portfolioId);
    if (by.role === 'learner') throw new AssessmentError('Comments on evidence are for the assessor; add your thoughts to the item’s reflection instead.');
    const comment: RecordOf<'comment'> = { id: clock.newId(), portfolioId: item.portfolioId, type: 'comment', at: clock.now(), by, evidenceId, versionId: item.versionId, text: parsed.data.text };
    await d.records.add(comment);
    await audit(item.portfolioId, by, 'commented', `${item.ref}: ${shortForMessage(parsed.data.text, 120)}`);
  });
}

/** The learner says a unit is ready for assessment (or takes it back). */
export async function markUnitReady(portfolioId: string, unitId: string, ready: boolean): Promise<void> {
  const unit = findUnit(unitId);
  if (!unit) throw new AssessmentError(`The qualification has no unit “${shortForMessage(unitId, 50)}”.`);
  const d = db();
  await d.transaction('rw', assessmentScope(), async () => {
    if (!(await d.portfolios.get(portfolioId))) throw new AssessmentError('This portfolio no longer exists on this device.');
    const by = await requireRole(portfolioId, 'learner', 'mark a unit ready for assessment');
    const record: RecordOf<'ready'> = { id: clock.newId(), portfolioId, type: 'ready', at: clock.now(), by, unitId, ready };
    await d.records.add(record);
    await d.portfolios.update(portfolioId, { updatedAt: clock.now() });
    await audit(portfolioId, by, ready ? 'marked ready' : 'ready withdrawn', `Unit ${unit.number}: ${unit.title}`);
  });
}

/** The assessor signs a unit off: only when every marking point counts as met, and it is not signed off already. */
export async function signOffUnit(portfolioId: string, unitId: string, input: SignOffInput): Promise<RecordOf<'sign-off'>> {
  const parsed = signOffInputSchema.safeParse(input);
  if (!parsed.success) throw new AssessmentError(firstIssue(parsed));
  const unit = findUnit(unitId);
  if (!unit) throw new AssessmentError(`The qualification has no unit “${shortForMessage(unitId, 50)}”.`);
  const checks = await signatureChecksOf(portfolioId);
  const countersignBy = parsed.data.countersignBy;
  /** The decisions the sign-off rests on: the current one on every point, each counting as met. */
  const decisionsToSign = async (): Promise<string[]> => {
    const { assessment } = await readAssessment(portfolioId, checks);
    if (assessment.signOffs.has(unitId)) throw new AssessmentError(`Unit ${unit.number} is already signed off.`);
    if (!canSignOff(unit, assessment.points)) {
      const missing = unit.markingPoints.filter((mp) => !assessment.points.get(mp.id)?.countsAsMet).map((mp) => mp.id);
      throw new AssessmentError(`Unit ${unit.number} cannot be signed off yet: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not met by a signed, current decision.`);
    }
    return unit.markingPoints.flatMap((mp) => {
      const id = assessment.points.get(mp.id)?.decision?.id;
      return id ? [id] : [];
    });
  };
  return signedWrite<RecordOf<'sign-off'>, RecordOf<'sign-off'>>(
    async () => {
      const by = await requireRole(portfolioId, 'assessor', 'sign a unit off');
      if (countersignBy && signerIdOf({ role: 'assessor', name: countersignBy }) === signerIdOf(by)) {
        throw new AssessmentError('A countersignature must come from a second assessor, not from you.');
      }
      return {
        id: clock.newId(),
        portfolioId,
        type: 'sign-off',
        at: clock.now(),
        by,
        unitId,
        declaration: SIGN_OFF_DECLARATION,
        decisionIds: await decisionsToSign(),
        ...(countersignBy ? { countersignBy } : {}),
      };
    },
    async (record) => {
      if ((await Dexie.waitFor(decisionsToSign())).join() !== record.decisionIds.join()) throw changedMeanwhile(`The decisions of unit ${unit.number}`);
      await db().records.add(record);
      await audit(portfolioId, record.by, 'signed off', `Unit ${unit.number}${countersignBy ? `, to be countersigned by ${countersignBy}` : ''}`);
      return record;
    },
  );
}

/** The second assessor named on a sign-off countersigns it. */
export async function countersign(portfolioId: string, unitId: string): Promise<void> {
  const unit = findUnit(unitId);
  if (!unit) throw new AssessmentError(`The qualification has no unit “${shortForMessage(unitId, 50)}”.`);
  const checks = await signatureChecksOf(portfolioId);
  /** The sign-off waiting for this device's user to countersign it. */
  const pendingFor = async (by: Person): Promise<RecordOf<'sign-off'>> => {
    const { assessment } = await readAssessment(portfolioId, checks);
    const state = assessment.signOffs.get(unitId);
    if (!state) throw new AssessmentError(`Unit ${unit.number} is not signed off, so there is nothing to countersign.`);
    if (state.countersign !== 'pending' || !state.signOff.countersignBy) throw new AssessmentError(`Unit ${unit.number}’s sign-off needs no further countersignature.`);
    if (signerIdOf({ role: 'assessor', name: state.signOff.countersignBy }) !== signerIdOf(by)) {
      throw new AssessmentError(`This sign-off is to be countersigned by ${state.signOff.countersignBy}; this device is set up for ${by.name}.`);
    }
    return state.signOff;
  };
  await signedWrite<RecordOf<'countersign'>, void>(
    async () => {
      const by = await requireRole(portfolioId, 'assessor', 'countersign a sign-off');
      const signOff = await pendingFor(by);
      return { id: clock.newId(), portfolioId, type: 'countersign', at: clock.now(), by, signOffId: signOff.id, declaration: COUNTERSIGN_DECLARATION };
    },
    async (record) => {
      const signOff = await Dexie.waitFor(pendingFor(record.by));
      if (signOff.id !== record.signOffId) throw changedMeanwhile(`The sign-off of unit ${unit.number}`);
      await db().records.add(record);
      await audit(portfolioId, record.by, 'countersigned', `Unit ${unit.number}, signed off by ${signOff.by.name}`);
    },
  );
}

/** The assessor unlocks one item of a signed-off unit for the learner, with a reason that is recorded. */
export async function unlockEvidence(evidenceId: string, input: UnlockInput): Promise<void> {
  const parsed = unlockInputSchema.safeParse(input);
  if (!parsed.success) throw new AssessmentError(firstIssue(parsed));
  const d = db();
  const portfolioId = (await d.evidence.get(evidenceId))?.portfolioId;
  if (!portfolioId) throw new AssessmentError('This evidence item no longer exists.');
  const checks = await signatureChecksOf(portfolioId);
  const lockedItem = async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new AssessmentError('This evidence item no longer exists.');
    const { assessment } = await readAssessment(item.portfolioId, checks);
    if (!assessment.locked.has(evidenceId)) throw new AssessmentError(`${item.ref} is not locked.`);
    return item;
  };
  await signedWrite<RecordOf<'unlock'>, void>(
    async () => {
      const by = await requireRole(portfolioId, 'assessor', 'unlock evidence');
      await lockedItem();
      return { id: clock.newId(), portfolioId, type: 'unlock', at: clock.now(), by, evidenceId, reason: parsed.data.reason };
    },
    async (record) => {
      const item = await Dexie.waitFor(lockedItem());
      await d.records.add(record);
      await audit(portfolioId, record.by, 'unlocked', `${item.ref}: ${shortForMessage(parsed.data.reason, 120)}`);
    },
  );
}

export function listRecords(portfolioId: string): Promise<PortfolioRecord[]> {
  return db().records.where('portfolioId').equals(portfolioId).toArray();
}
