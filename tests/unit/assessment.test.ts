import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, findUnit } from '../../src/catalogue';
import {
  assessPortfolio,
  countsAsMet,
  currentDecisions,
  indexVersions,
  isDecisionStale,
  lockedEvidenceIds,
  unitReadiness,
  unitSignOff,
  type AssessmentInputs,
  type PointAssessment,
} from '../../src/domain/assessment';
import { assessorQueue } from '../../src/domain/assessor-queue';
import { decisionHistory } from '../../src/domain/decision-history';
import { canSignOff } from '../../src/domain/sign-off';
import { computeCoverage } from '../../src/domain/coverage';
import { signatureNote } from '../../src/ui/signature-note';
import type { EvidenceVersion, PortfolioRecord, RecordOf } from '../../src/domain/records';
import type { Decision, Evidence, Mapping, Person } from '../../src/domain/schemas';
import { signerIdOf } from '../../src/domain/signers';
import { generateSigningKey, signRecord } from '../../src/domain/signing';
import { checkSignatures, type KnownKey, type SignatureCheck } from '../../src/domain/signing/status';
import { evidenceFromVersion, makeVersion, mappingsFromVersion } from '../../src/domain/versions';

const T0 = '2026-11-01T09:00:00.000Z';
const T1 = '2026-11-02T09:00:00.000Z';
const T2 = '2026-11-03T09:00:00.000Z';
const T3 = '2026-11-04T09:00:00.000Z';
const assessor: Person = { role: 'assessor', name: 'Morgan Ellis' };
const learner: Person = { role: 'learner', name: 'Zoë Brontë' };
const content = { title: 'Survey', kind: 'other' as const, date: '2026-10-01', customerType: 'external' as const, fields: { description: 'A survey' }, reflection: '', tags: [] };

let key: Awaited<ReturnType<typeof generateSigningKey>>;
let keys: KnownKey[];
beforeAll(async () => {
  key = await generateSigningKey();
  keys = [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, signerId: signerIdOf(assessor), firstSeenAt: T0, confirmed: 'key-card', createdAt: T0 }];
});

function version(evidenceId: string, n: number, savedAt: string, mappings: { markingPointId: string; rationale: string }[], title = 'Survey', parents: string[] = []) {
  return makeVersion({
    id: `${evidenceId}-v${n}`,
    portfolioId: 'p',
    evidenceId,
    number: evidenceId === 'a' ? 1 : 2,
    version: n,
    parents,
    savedAt,
    author: learner,
    content: { ...content, title },
    attachments: [],
    mappings,
  });
}

function decide(id: string, point: string, basis: EvidenceVersion[], over: Partial<Decision> = {}): Decision {
  return {
    id,
    portfolioId: 'p',
    markingPointId: point,
    outcome: 'met',
    feedback: '',
    methods: ['product-evidence'],
    basedOn: basis.map((v) => ({ evidenceId: v.evidenceId, versionId: v.id, hash: v.pointHashes[point] })),
    assessor,
    decidedAt: T1,
    ...over,
  };
}

const sign = <T extends object>(r: T) => signRecord(r, key);

function current(vs: EvidenceVersion[]): { evidence: Evidence[]; mappings: Mapping[] } {
  return { evidence: vs.map((v) => evidenceFromVersion(v, T0)), mappings: vs.flatMap((v) => mappingsFromVersion(v)) };
}

describe('current decision and history', () => {
  it('takes the latest by time, then by id, whatever the order given', () => {
    const a = { ...decide('d1', 'REL-1', []), decidedAt: T1 };
    const b = { ...decide('d2', 'REL-1', []), decidedAt: T2 };
    const c = { ...decide('d0', 'REL-1', []), decidedAt: T2 };
    expect(currentDecisions([b, a, c]).get('REL-1')?.id).toBe('d2');
    expect(currentDecisions([c, b, a]).get('REL-1')?.id).toBe('d2');
    expect(decisionHistory([a, b, c], 'REL-1').map((d) => d.id)).toEqual(['d2', 'd0', 'd1']);
  });
});

describe('isDecisionStale', () => {
  it('is not stale while the judged version is current, and is once the content changes', async () => {
    const v1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Shows it' }]);
    const d = decide('d', 'REL-1', [v1]);
    const e1 = evidenceFromVersion(v1, T0);
    expect(isDecisionStale(d, [e1], indexVersions([v1]))).toBe(false);
    const v2 = await version('a', 2, T2, [{ markingPointId: 'REL-1', rationale: 'Shows it' }], 'Survey, edited', [v1.id]);
    expect(isDecisionStale(d, [evidenceFromVersion(v2, T0)], indexVersions([v1, v2]))).toBe(true);
  });

  it('stays current when the item is saved again unchanged or mapped to another point, by hash', async () => {
    const v1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Shows it' }]);
    const d = decide('d', 'REL-1', [v1]);
    const v2 = await version('a', 2, T2, [
      { markingPointId: 'REL-1', rationale: 'Shows it' },
      { markingPointId: 'EXT-1', rationale: 'And this' },
    ], 'Survey', [v1.id]);
    expect(v2.id).not.toBe(v1.id);
    expect(isDecisionStale(d, [evidenceFromVersion(v2, T0)], indexVersions([v1, v2]))).toBe(false);
  });

  it('is stale when this point’s rationale changes', async () => {
    const v1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Shows it' }]);
    const v2 = await version('a', 2, T2, [{ markingPointId: 'REL-1', rationale: 'Shows it well' }], 'Survey', [v1.id]);
    expect(isDecisionStale(decide('d', 'REL-1', [v1]), [evidenceFromVersion(v2, T0)], indexVersions([v1, v2]))).toBe(true);
  });

  it('is stale when a judged item is unmapped, or a new item is mapped after the decision', async () => {
    const a1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Shows it' }]);
    const d = decide('d', 'REL-1', [a1]);
    expect(isDecisionStale(d, [], indexVersions([a1]))).toBe(true);
    const b1 = await version('b', 1, T2, [{ markingPointId: 'REL-1', rationale: 'Also' }]);
    const all = indexVersions([a1, b1]);
    expect(isDecisionStale(d, [evidenceFromVersion(a1, T0), evidenceFromVersion(b1, T0)], all)).toBe(true);
  });

  it('is not stale for an item the assessor saw mapped and left out of the basis', async () => {
    const a1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Shows it' }]);
    const b1 = await version('b', 1, T0, [{ markingPointId: 'REL-1', rationale: 'Weak' }]);
    const d = decide('d', 'REL-1', [a1]);
    expect(isDecisionStale(d, [evidenceFromVersion(a1, T0), evidenceFromVersion(b1, T0)], indexVersions([a1, b1]))).toBe(false);
  });

  it('compares version numbers for a decision from format 1, which has no hash', async () => {
    const v1 = await version('a', 1, T0, [{ markingPointId: 'REL-1', rationale: 'r' }]);
    const e = evidenceFromVersion(v1, T0);
    const d: Decision = { ...decide('d', 'REL-1', []), basedOn: [{ evidenceId: 'a', version: 1 }] };
    expect(isDecisionStale(d, [e])).toBe(false);
    expect(isDecisionStale({ ...d, basedOn: [{ evidenceId: 'a', version: 2 }] }, [e])).toBe(true);
  });
});

describe('countsAsMet', () => {
  it('counts only a met, signed, verifying, current decision', async () => {
    const signed = await sign(decide('d', 'REL-1', []));
    const checks = await checkSignatures([signed], keys);
    const check = checks.get('d');
    expect(check?.status).toBe('confirmed');
    expect(countsAsMet(signed, false, check)).toBe(true);
    expect(countsAsMet(signed, true, check)).toBe(false);
    expect(countsAsMet({ ...signed, outcome: 'partially-met' }, false, check)).toBe(false);
    const unsigned = decide('u', 'REL-1', []);
    expect(countsAsMet(unsigned, false, (await checkSignatures([unsigned], keys)).get('u'))).toBe(false);
    const altered = { ...signed, feedback: 'changed after signing' };
    const bad = (await checkSignatures([altered], keys)).get('d');
    expect(bad?.status).toBe('invalid');
    expect(countsAsMet(altered, false, bad)).toBe(false);
    // Naming someone else after signing changes a signed field, so the signature no longer verifies.
    const renamed = { ...signed, assessor: { role: 'assessor' as const, name: 'Someone Else' } };
    const renamedCheck = (await checkSignatures([renamed], keys)).get('d');
    expect(renamedCheck?.status).toBe('invalid');
    expect(countsAsMet(renamed, false, renamedCheck)).toBe(false);
    // Signed in someone else's name with Morgan's key: it verifies, but the key is not theirs.
    const inOtherName = await sign(decide('o', 'REL-1', [], { assessor: { role: 'assessor', name: 'Someone Else' } }));
    const byOther = (await checkSignatures([inOtherName], keys)).get('o');
    expect(byOther?.status).toBe('wrong-signer');
    expect(countsAsMet(inOtherName, false, byOther)).toBe(false);
  });
});

describe('ready', () => {
  it('follows the learner’s latest word', () => {
    const r = (id: string, at: string, ready: boolean): PortfolioRecord => ({ id, portfolioId: 'p', type: 'ready', at, by: learner, unitId: 'REL', ready });
    expect(unitReadiness([], 'REL')).toBeUndefined();
    expect(unitReadiness([r('1', T1, true), r('2', T2, false)], 'REL')?.ready).toBe(false);
    expect(unitReadiness([r('2', T2, false), r('3', T3, true)], 'REL')?.ready).toBe(true);
    expect(unitReadiness([r('3', T3, true)], 'EXT')).toBeUndefined();
  });
});

/** Unit REL fully decided met and signed, from one item mapped to each of its points. */
async function signedUnit() {
  const rel = findUnit('REL');
  if (!rel) throw new Error('no REL');
  const points = rel.markingPoints.map((mp) => mp.id);
  const v1 = await version('a', 1, T0, points.map((markingPointId) => ({ markingPointId, rationale: `Shows ${markingPointId}` })));
  const decisions = await Promise.all(points.map((p) => sign(decide(`d-${p}`, p, [v1]))));
  const signOff = await sign<RecordOf<'sign-off'>>({
    id: 'so', portfolioId: 'p', type: 'sign-off', at: T2, by: assessor, unitId: 'REL', declaration: 'I confirm', decisionIds: decisions.map((d) => d.id),
  });
  return { rel, v1, decisions, signOff };
}

async function assess(input: Omit<AssessmentInputs, 'checks'>) {
  const checks = await checkSignatures([...input.decisions, ...input.records], keys);
  return { checks, result: assessPortfolio(catalogue, { ...input, checks }) };
}

describe('sign-off and locks', () => {
  it('holds a sign-off whose decisions are current and met, and locks the unit’s evidence', async () => {
    const { rel, v1, decisions, signOff } = await signedUnit();
    const { result } = await assess({ ...current([v1]), versions: [v1], decisions, records: [signOff] });
    expect(canSignOff(rel, result.points)).toBe(true);
    expect(result.signOffs.get('REL')?.countersign).toBe('not-needed');
    expect([...result.locked.keys()]).toEqual(['a']);
    expect(result.locked.get('a')?.unitId).toBe('REL');
  });

  it('refuses an unsigned or altered sign-off', async () => {
    const { v1, decisions, signOff } = await signedUnit();
    const { signature: _s, ...unsigned } = signOff;
    const a = await assess({ ...current([v1]), versions: [v1], decisions, records: [unsigned] });
    expect(a.result.signOffs.size).toBe(0);
    const b = await assess({ ...current([v1]), versions: [v1], decisions, records: [{ ...signOff, declaration: 'Other words' }] });
    expect(b.result.signOffs.size).toBe(0);
    expect(b.result.locked.size).toBe(0);
  });

  it('lapses when a point is decided again or its evidence changes', async () => {
    const { v1, decisions, signOff } = await signedUnit();
    const again = await sign(decide('d-again', 'REL-1', [v1], { decidedAt: T3, outcome: 'partially-met', feedback: 'More' }));
    const a = await assess({ ...current([v1]), versions: [v1], decisions: [...decisions, again], records: [signOff] });
    expect(a.result.signOffs.has('REL')).toBe(false);
    const v2 = await version('a', 2, T3, v1.mappings, 'Changed', [v1.id]);
    const b = await assess({ ...current([v2]), versions: [v1, v2], decisions, records: [signOff] });
    expect(b.result.signOffs.has('REL')).toBe(false);
    expect(b.result.points.get('REL-1')?.stale).toBe(true);
  });

  it('waits for the named countersignature, signed by that assessor', async () => {
    const { v1, decisions } = await signedUnit();
    const signOff = await sign<RecordOf<'sign-off'>>({
      id: 'so2', portfolioId: 'p', type: 'sign-off', at: T2, by: assessor, unitId: 'REL', declaration: 'I confirm', decisionIds: decisions.map((d) => d.id), countersignBy: 'Morgan Ellis',
    });
    const pending = await assess({ ...current([v1]), versions: [v1], decisions, records: [signOff] });
    expect(pending.result.signOffs.get('REL')?.countersign).toBe('pending');
    const cs = await sign<RecordOf<'countersign'>>({ id: 'cs', portfolioId: 'p', type: 'countersign', at: T3, by: assessor, signOffId: 'so2', declaration: 'I agree' });
    const done = await assess({ ...current([v1]), versions: [v1], decisions, records: [signOff, cs] });
    expect(done.result.signOffs.get('REL')?.countersign).toBe('done');
    const wrongName: RecordOf<'countersign'> = { ...cs, id: 'cs2', by: { role: 'assessor', name: 'Not Named' } };
    const other = await assess({ ...current([v1]), versions: [v1], decisions, records: [signOff, wrongName] });
    expect(other.result.signOffs.get('REL')?.countersign).toBe('pending');
  });

  it('unlocks an item only by a signed unlock made after the sign-off', async () => {
    const { rel, signOff } = await signedUnit();
    const mappings = [{ evidenceId: 'a', markingPointId: 'REL-1' }, { evidenceId: 'b', markingPointId: 'EXT-1' }];
    const unlockBefore = await sign<RecordOf<'unlock'>>({ id: 'u1', portfolioId: 'p', type: 'unlock', at: T1, by: assessor, evidenceId: 'a', reason: 'Early' });
    const unlockAfter = await sign<RecordOf<'unlock'>>({ id: 'u2', portfolioId: 'p', type: 'unlock', at: T3, by: assessor, evidenceId: 'a', reason: 'Add the date' });
    const checksOf = (records: PortfolioRecord[]) => checkSignatures(records, keys);
    const so = [{ unit: rel, signOff }];
    expect([...lockedEvidenceIds(so, mappings, [unlockBefore], await checksOf([unlockBefore])).keys()]).toEqual(['a']);
    expect(lockedEvidenceIds(so, mappings, [unlockAfter], await checksOf([unlockAfter])).size).toBe(0);
    const { signature: _s, ...unsignedUnlock } = unlockAfter;
    expect(lockedEvidenceIds(so, mappings, [unsignedUnlock], await checksOf([unsignedUnlock])).size).toBe(1);
  });

  it('cannot be signed off while a point is not met', async () => {
    const { rel } = await signedUnit();
    const points = new Map<string, PointAssessment>(rel.markingPoints.map((mp, i) => [mp.id, { stale: false, countsAsMet: i > 0 }]));
    expect(canSignOff(rel, points)).toBe(false);
    expect(unitSignOff(rel, [], points, new Map())).toBeUndefined();
  });
});

describe('assessorQueue', () => {
  it('lists ready units not signed off, longest-waiting first, and stale decisions', async () => {
    const { v1, decisions, signOff } = await signedUnit();
    const ready = (id: string, unitId: string, at: string): PortfolioRecord => ({ id, portfolioId: 'p', type: 'ready', at, by: learner, unitId, ready: true });
    const a = await assess({ ...current([v1]), versions: [v1], decisions, records: [signOff] });
    const v2 = await version('a', 2, T3, v1.mappings, 'Changed', [v1.id]);
    const b = await assess({ ...current([v2]), versions: [v1, v2], decisions, records: [] });
    const queue = assessorQueue(catalogue, [
      { portfolioId: 'p1', learnerName: 'Ann', records: [ready('r1', 'REL', T0), ready('r2', 'EXT', T2)], assessment: a.result },
      { portfolioId: 'p2', learnerName: 'Bo', records: [ready('r3', 'PRN', T1)], assessment: b.result },
    ]);
    // REL of p1 is signed off, so only EXT (ready at T2) and PRN (ready at T1) wait, PRN first.
    expect(queue.units.map((u) => `${u.portfolioId}:${u.unitId}`)).toEqual(['p2:PRN', 'p1:EXT']);
    expect(queue.stale.map((s) => `${s.portfolioId}:${s.decision.markingPointId}`)).toEqual(decisions.map((d) => `p2:${d.markingPointId}`));
  });
});

describe('coverage with assessment', () => {
  it('shows ready, stale and met only when it counts', async () => {
    const { v1, decisions, signOff } = await signedUnit();
    const ready: PortfolioRecord = { id: 'r', portfolioId: 'p', type: 'ready', at: T0, by: learner, unitId: 'EXT', ready: true };
    const b1 = await version('b', 1, T0, [{ markingPointId: 'EXT-1', rationale: 'r' }]);
    const { evidence, mappings } = current([v1, b1]);
    const records = [signOff, ready];
    const checks = await checkSignatures([...decisions, ...records], keys);
    const c = computeCoverage(catalogue, evidence, mappings, decisions, { versions: [v1, b1], records, checks });
    expect(c.byPoint.get('EXT-1')?.status).toBe('ready');
    expect(c.byPoint.get('EXT-2')?.status).toBe('none');
    expect(c.byPoint.get('REL-1')?.status).toBe('met');
    expect(c.met).toBe(decisions.length);
    expect(decisions.length).toBe(findUnit('REL')?.markingPoints.length);
    expect(c.units.find((u) => u.unit.id === 'REL')?.signOff?.signOff.id).toBe('so');
    // Without checks nothing counts as met, and the note says why.
    const unchecked = computeCoverage(catalogue, evidence, mappings, decisions.map(({ signature: _s, ...d }) => d), { versions: [v1, b1], records });
    expect(unchecked.byPoint.get('REL-1')?.status).toBe('met');
    expect(unchecked.met).toBe(0);
    expect(signatureNote(unchecked.byPoint.get('REL-1') ?? { decision: undefined })).toBe('unsigned');
    // The learner edits the item: every decision on it reads "evidence changed since assessment".
    const v2 = await version('a', 2, T3, v1.mappings, 'Edited', [v1.id]);
    const after = current([v2, b1]);
    const stale = computeCoverage(catalogue, after.evidence, after.mappings, decisions, { versions: [v1, v2, b1], records, checks });
    expect(stale.byPoint.get('REL-1')?.status).toBe('stale');
    expect(stale.met).toBe(0);
    expect(stale.units.find((u) => u.unit.id === 'REL')?.signOff).toBeUndefined();
  });

  it('notes a signer not confirmed', () => {
    const check: SignatureCheck = { status: 'not-confirmed', signer: assessor, signedAt: T1 };
    const d = { ...decide('d', 'REL-1', []), signature: { alg: 'ECDSA-P256-SHA256' as const, keyFingerprint: 'a'.repeat(64), value: 'AA' } };
    expect(signatureNote({ decision: d, signature: check })).toBe('signer not confirmed');
  });
});
