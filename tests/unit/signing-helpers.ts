import type { PortfolioRecord, RecordOf } from '../../src/domain/records';
import type { Decision, Person, SignerKey } from '../../src/domain/schemas';
import { signerIdOf } from '../../src/domain/signers';
import { generateSigningKey, signRecord, type KnownKey, type SigningKey } from '../../src/domain/signing';

export const morgan: Person = { role: 'assessor', name: 'Morgan Ellis' };
export const sam: Person = { role: 'assessor', name: 'Sam Okafor' };
export const zoe: Person = { role: 'learner', name: 'Zoë Brontë' };

/** A signer's key pair, with the public key as it travels in a file. */
export interface TestSigner {
  person: Person;
  signing: SigningKey;
  key: SignerKey;
}

export async function makeSigner(person: Person, createdAt = '2026-11-01T09:00:00.000Z'): Promise<TestSigner> {
  const { privateKey, publicKey, fingerprint } = await generateSigningKey();
  return { person, signing: { privateKey, fingerprint }, key: { fingerprint, publicKey, signer: person, createdAt } };
}

export function known(s: TestSigner, over: Partial<KnownKey> = {}): KnownKey {
  return { ...s.key, signerId: signerIdOf(s.key.signer), firstSeenAt: '2026-11-02T09:00:00.000Z', confirmed: null, ...over };
}

let n = 0;
export function decision(assessor: Person, over: Partial<Decision> = {}): Decision {
  n += 1;
  return {
    id: `d${n}`,
    portfolioId: 'p1',
    markingPointId: 'EXT-3',
    outcome: 'met',
    feedback: '',
    methods: ['observation'],
    basedOn: [{ evidenceId: 'e1', versionId: 'v1', hash: 'a'.repeat(64) }],
    assessor,
    decidedAt: '2026-11-12T10:00:00.000Z',
    ...over,
  };
}

export function keyChange(by: Person, oldFingerprint: string, newFingerprint: string, at = '2026-11-20T10:00:00.000Z'): RecordOf<'key-change'> {
  n += 1;
  return { id: `k${n}`, portfolioId: 'p1', at, by, type: 'key-change', oldFingerprint, newFingerprint };
}

export function signOff(by: Person, over: Partial<RecordOf<'sign-off'>> = {}): PortfolioRecord {
  n += 1;
  return { id: `s${n}`, portfolioId: 'p1', at: '2026-11-13T10:00:00.000Z', by, type: 'sign-off', unitId: 'EXT', declaration: 'I confirm.', decisionIds: ['d1'], ...over };
}

export const signedBy = <T extends object>(s: TestSigner, record: T) => signRecord(record, s.signing);

/** Morgan (two keys), Sam and Zoë, each with a key of their own. */
export async function makeSigners() {
  const [m, m2, s, z] = await Promise.all([makeSigner(morgan), makeSigner(morgan, '2026-11-19T09:00:00.000Z'), makeSigner(sam), makeSigner(zoe)]);
  return { m, m2, s, z };
}
