import type { EvidenceVersion, PortfolioRecord, RecordOf } from '../domain/records';
import type { AssessmentMethod, Decision, DecisionOutcome, Evidence, Person, SignerKey } from '../domain/schemas';
import { generateSigningKey, signRecord, type SigningKey } from '../domain/signing';
import { evidenceFromVersion, makeVersion } from '../domain/versions';

/*
 * The steps of an assessment as the samples make them (the demo's assessor and the generated cohort's):
 * a key made for the run, decisions bound to the versions judged and signed, a signed sign-off, and the
 * learner's edit after a decision that makes it stale.
 */

export const SIGN_OFF_DECLARATION =
  'I confirm that I assessed the evidence for this unit against every marking point, and that it is valid, authentic, current and sufficient.';

/** An assessor with a signing key made for this run, and the public key their files carry. */
export interface SampleSigner {
  person: Person;
  key: SigningKey;
  signerKey: SignerKey;
}

export async function makeSampleSigner(person: Person, createdAt: string): Promise<SampleSigner> {
  const made = await generateSigningKey();
  return {
    person,
    key: { privateKey: made.privateKey, fingerprint: made.fingerprint },
    signerKey: { fingerprint: made.fingerprint, publicKey: made.publicKey, signer: person, createdAt },
  };
}

/** The saved version each item currently stands at. */
export function currentVersionOf(versions: readonly EvidenceVersion[]): (item: Evidence) => EvidenceVersion {
  const byId = new Map(versions.map((v) => [v.id, v]));
  return (item) => {
    const v = byId.get(item.versionId);
    if (!v) throw new Error(`The sample item ${item.ref} has no saved version`);
    return v;
  };
}

export interface SampleDecision {
  id: string;
  portfolioId: string;
  pointId: string;
  outcome: DecisionOutcome;
  feedback: string;
  methods: AssessmentMethod[];
  at: string;
}

/** A decision on the items mapped to its point as they stand now, bound to each one's hash and signed. */
export async function signedDecision(d: SampleDecision, evidence: readonly Evidence[], versions: readonly EvidenceVersion[], signer: SampleSigner): Promise<Decision> {
  const versionOf = currentVersionOf(versions);
  const mapped = evidence.filter((e) => versionOf(e).mappings.some((m) => m.markingPointId === d.pointId));
  const unsigned: Decision = {
    id: d.id,
    portfolioId: d.portfolioId,
    markingPointId: d.pointId,
    outcome: d.outcome,
    feedback: d.feedback,
    methods: d.methods,
    basedOn: mapped.map((e) => ({ evidenceId: e.id, versionId: e.versionId, version: e.version, hash: versionOf(e).pointHashes[d.pointId] })),
    assessor: signer.person,
    decidedAt: d.at,
  };
  return signRecord(unsigned, signer.key);
}

export function readyRecord(id: string, portfolioId: string, unitId: string, at: string, learner: Person): PortfolioRecord {
  return { id, portfolioId, type: 'ready', at, by: learner, unitId, ready: true };
}

export function signedSignOff(id: string, portfolioId: string, unitId: string, at: string, decisionIds: string[], signer: SampleSigner): Promise<RecordOf<'sign-off'>> {
  return signRecord({ id, portfolioId, type: 'sign-off' as const, at, by: signer.person, unitId, declaration: SIGN_OFF_DECLARATION, decisionIds }, signer.key);
}

/**
 * The learner saves an item again after it was judged, with some fields changed: a new version
 * following the current one, and the item as it now stands. A decision on it is then out of date.
 */
export async function editAfterDecision(
  item: Evidence,
  current: EvidenceVersion,
  change: { savedAt: string; author: Person; fields?: Record<string, string>; reflection?: string },
): Promise<{ version: EvidenceVersion; evidence: Evidence }> {
  const version = await makeVersion({
    id: `${item.id}:v${current.version + 1}`,
    portfolioId: item.portfolioId,
    evidenceId: item.id,
    number: item.number,
    version: current.version + 1,
    parents: [current.id],
    savedAt: change.savedAt,
    author: change.author,
    content: { ...current.content, fields: { ...current.content.fields, ...change.fields }, reflection: change.reflection ?? current.content.reflection },
    attachments: current.attachments,
    mappings: current.mappings,
  });
  return { version, evidence: evidenceFromVersion(version, item.createdAt) };
}
