import { useLiveQuery } from 'dexie-react-hooks';
import { appVersion } from '../domain/app-version';
import { decodeIqaFile, encodeIqaFile, IQA_FILE_FORMAT, IQA_FILE_VERSION } from '../domain/iqa-file';
import type { IqaOutcome } from '../domain/iqa/outcomes';
import type { SamplingPlan } from '../domain/iqa/plan';
import { latestIqaOutcomes, type IqaRecord } from '../domain/iqa/report';
import { iqaRoundSchema, newRound, type IqaRound, type RoundPortfolio } from '../domain/iqa/round';
import type { SampleLine } from '../domain/iqa/sample';
import { iqaRecordSchema } from '../domain/records';
import type { Decision, Person, SignerKey } from '../domain/schemas';
import { shortForMessage } from '../domain/short-for-message';
import { signerIdOf } from '../domain/signers';
import { checkSignatures, type SignatureCheck } from '../domain/signing/status';
import { clock } from '../platform/clock';
import { db } from './database';
import { getIdentity, signAsMe } from './identity';
import { rememberKeys } from './keys';

/*
 * The IQA's sampling rounds and outcomes (issue 9). H4 owns this file; this is the smallest version the
 * IQA screens need until H4's lands (same names and signatures). Not in the db index: screens import it.
 */

export class IqaError extends Error {}

async function me(): Promise<Person> {
  const identity = await getIdentity();
  if (!identity) throw new IqaError('Say who you are first: open the You screen.');
  return { role: identity.role, name: identity.name };
}

async function meAsTutor(doing: string): Promise<Person> {
  const person = await me();
  if (person.role !== 'tutor') throw new IqaError(`Only a tutor or IQA can ${doing}; this device is set up for ${shortForMessage(person.name, 60)} as ${person.role}.`);
  return person;
}

export async function createRound(plan: SamplingPlan, lines: readonly SampleLine[], portfolios: readonly RoundPortfolio[]): Promise<IqaRound> {
  const by = await meAsTutor('start a sampling round');
  const round = newRound({ id: clock.newId(), by, now: clock.now(), plan, lines, portfolios });
  const parsed = iqaRoundSchema.safeParse(round);
  if (!parsed.success) throw new IqaError(`The round could not be saved: ${parsed.error.issues[0]?.message ?? 'check the plan'}.`);
  await db().iqaRounds.add(parsed.data);
  return parsed.data;
}

/** Saves the round as the IQA changed it; the portfolios listed follow the lines (one added by hand comes in `added`). */
export async function saveRound(round: IqaRound, added: readonly RoundPortfolio[] = []): Promise<IqaRound> {
  await meAsTutor('change a sampling round');
  const sampled = new Set(round.lines.map((l) => l.portfolioId));
  const portfolios = [...new Map([...round.portfolios, ...added].map((p) => [p.portfolioId, p])).values()].filter((p) => sampled.has(p.portfolioId));
  const parsed = iqaRoundSchema.safeParse({ ...round, portfolios, updatedAt: clock.now() });
  if (!parsed.success) throw new IqaError(`The round could not be saved: ${parsed.error.issues[0]?.message ?? 'check the plan'}.`);
  await db().iqaRounds.put(parsed.data);
  return parsed.data;
}

export function useRounds(): IqaRound[] | undefined {
  return useLiveQuery(() => db().iqaRounds.orderBy('updatedAt').reverse().toArray(), []);
}

/** The round, `null` when there is none with that id, `undefined` while loading. */
export function useRound(id: string): IqaRound | null | undefined {
  return useLiveQuery(async () => (await db().iqaRounds.get(id)) ?? null, [id]);
}

export async function deleteRound(id: string): Promise<void> {
  await db().iqaRounds.delete(id);
}

export interface IqaOutcomeInput {
  portfolioId: string;
  roundId: string;
  decisionId: string;
  markingPointId: string;
  outcome: IqaOutcome;
  comment: string;
}

/** The IQA's outcome on one sampled decision: signed with this device's key, with an audit entry. */
export async function recordIqaOutcome(input: IqaOutcomeInput): Promise<IqaRecord> {
  const by = await meAsTutor('record a quality assurance outcome');
  const d = db();
  const decision = await d.decisions.get(input.decisionId);
  if (!decision || decision.portfolioId !== input.portfolioId) throw new IqaError('That decision is not in the learner’s portfolio on this device.');
  const draft = { id: clock.newId(), portfolioId: input.portfolioId, at: clock.now(), by, type: 'iqa' as const, roundId: input.roundId, decisionId: input.decisionId, markingPointId: input.markingPointId, outcome: input.outcome, comment: input.comment.trim() };
  const parsed = iqaRecordSchema.safeParse(draft);
  if (!parsed.success) throw new IqaError(parsed.error.issues[0]?.message ?? 'Check the outcome and comment.');
  const signed = await signAsMe(parsed.data);
  await d.transaction('rw', [d.records, d.audit], async () => {
    await d.records.add(signed);
    await d.audit.add({ id: clock.newId(), portfolioId: input.portfolioId, at: signed.at, role: by.role, name: by.name, action: 'quality assured', detail: `${input.markingPointId}: ${input.outcome}` });
  });
  return signed;
}

/** The round's outcomes in every sampled portfolio on this device, and the keys that signed them. */
export async function exportIqaFile(roundId: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const d = db();
  const round = await d.iqaRounds.get(roundId);
  if (!round) throw new IqaError('This sampling round is no longer on this device.');
  const sampled = new Set(round.lines.map((l) => `${l.portfolioId}:${l.decisionId}`));
  const records = await d.records.where('portfolioId').anyOf(round.portfolios.map((p) => p.portfolioId)).toArray();
  const outcomes = records.filter((r): r is IqaRecord => r.type === 'iqa' && r.roundId === roundId && sampled.has(`${r.portfolioId}:${r.decisionId}`));
  const fingerprints = new Set(outcomes.flatMap((o) => (o.signature ? [o.signature.keyFingerprint] : [])));
  const keys: SignerKey[] = (await d.keys.bulkGet([...fingerprints])).flatMap((k) => (k ? [{ fingerprint: k.fingerprint, publicKey: k.publicKey, signer: k.signer, createdAt: k.createdAt }] : []));
  const now = clock.now();
  const bytes = encodeIqaFile({ format: IQA_FILE_FORMAT, formatVersion: IQA_FILE_VERSION, exportedAt: now, appVersion, round, outcomes, keys });
  const safeName = round.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'round';
  return { bytes, fileName: `iqa-${safeName}-${now.slice(0, 10)}.folio-iqa` };
}

export interface IqaImportResult {
  /** `awaitingDecision`: outcomes on decisions this device's copy does not hold yet (left out). */
  merged: { portfolioId: string; learnerName: string; added: number; awaitingDecision: number }[];
  notHere: { learnerName: string; outcomes: number }[];
}

/** Verifies an IQA file, then adds its outcomes and keys to each portfolio on this device, in one transaction. */
export async function importIqaFile(bytes: Uint8Array): Promise<IqaImportResult> {
  const decoded = await decodeIqaFile(bytes);
  if (!decoded.ok) throw new IqaError(decoded.error.message);
  const { round, outcomes, keys } = decoded.file;
  const actor = await me();
  const d = db();
  return d.transaction('rw', [d.portfolios, d.decisions, d.records, d.keys, d.audit], async () => {
    const result: IqaImportResult = { merged: [], notHere: [] };
    for (const p of round.portfolios) {
      const theirs = outcomes.filter((o) => o.portfolioId === p.portfolioId);
      if (theirs.length === 0) continue;
      const portfolio = await d.portfolios.get(p.portfolioId);
      if (!portfolio) {
        result.notHere.push({ learnerName: p.learnerName, outcomes: theirs.length });
        continue;
      }
      const held = new Set((await d.decisions.bulkGet(theirs.map((o) => o.decisionId))).flatMap((x) => (x && x.portfolioId === p.portfolioId ? [x.id] : [])));
      const judged = theirs.filter((o) => held.has(o.decisionId));
      const known = await d.records.bulkGet(judged.map((o) => o.id));
      const fresh = judged.filter((_, i) => known[i] === undefined);
      if (fresh.length > 0) {
        await d.records.bulkAdd(fresh);
        await d.audit.add({ id: clock.newId(), portfolioId: p.portfolioId, at: clock.now(), role: actor.role, name: actor.name, action: 'imported IQA outcomes', detail: `${fresh.length} from ${shortForMessage(round.name, 80)}` });
      }
      result.merged.push({ portfolioId: p.portfolioId, learnerName: portfolio.learnerName, added: fresh.length, awaitingDecision: theirs.length - judged.length });
    }
    await rememberKeys(d, keys);
    return result;
  });
}

export interface IqaAction {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  outcome: IqaRecord;
  decision?: Decision;
  signature?: SignatureCheck;
  /** The assessor has decided the point again since: the action has been taken up. */
  decidedAgain: boolean;
}

/** Outcomes the assessor must act on (to action, or disagreed): the latest per round and decision, newest first. */
export async function readIqaActions(assessorId?: string): Promise<IqaAction[]> {
  const d = db();
  const [portfolios, records, decisions, keys] = await d.transaction('r', [d.portfolios, d.records, d.decisions, d.keys], () =>
    Promise.all([d.portfolios.toArray(), d.records.toArray(), d.decisions.toArray(), d.keys.toArray()]),
  );
  const superseded = new Set(decisions.flatMap((x) => (x.supersedes ? [x.supersedes] : [])));
  const latest = [...latestIqaOutcomes(records).values()].filter((o) => o.outcome !== 'agreed');
  const byId = new Map(decisions.map((x) => [x.id, x]));
  const byPortfolio = new Map(portfolios.map((p) => [p.id, p]));
  const checks = await checkSignatures(latest, keys);
  return latest
    .flatMap((outcome): IqaAction[] => {
      const portfolio = byPortfolio.get(outcome.portfolioId);
      const decision = byId.get(outcome.decisionId);
      if (portfolio === undefined) return [];
      if (assessorId !== undefined && (!decision || signerIdOf(decision.assessor) !== assessorId)) return [];
      const signature = checks.get(outcome.id);
      const decidedAgain = superseded.has(outcome.decisionId);
      return [{ portfolioId: portfolio.id, learnerName: portfolio.learnerName, learnerNumber: portfolio.learnerNumber, outcome, ...(decision ? { decision } : {}), ...(signature ? { signature } : {}), decidedAgain }];
    })
    .sort((a, b) => Number(a.decidedAgain) - Number(b.decidedAgain) || b.outcome.at.localeCompare(a.outcome.at));
}

export function useIqaActions(assessorId?: string): IqaAction[] | undefined {
  return useLiveQuery(() => readIqaActions(assessorId), [assessorId]);
}
