import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/domain/schemas';
import { checkSignatures, signatureStatusText, type SignatureCheck } from '../../src/domain/signing';
import { decision, keyChange, known, makeSigner, makeSigners, morgan, sam, signedBy, signOff, type TestSigner } from './signing-helpers';

let m: TestSigner;
let m2: TestSigner;
let s: TestSigner;
let z: TestSigner;
beforeAll(async () => {
  ({ m, m2, s, z } = await makeSigners());
});

const one = async (...args: Parameters<typeof checkSignatures>): Promise<SignatureCheck> => {
  const checks = await checkSignatures(...args);
  const first = args[0][0];
  const check = first ? checks.get(first.id) : undefined;
  if (!check) throw new Error('no check');
  return check;
};

describe('checkSignatures', () => {
  it('marks a record without a signature unsigned, never anything better', async () => {
    const d = decision(morgan);
    const check = await one([d], [known(m, { confirmed: 'key-card' })]);
    expect(check).toMatchObject({ status: 'unsigned', signer: morgan, signedAt: d.decidedAt });
    expect(check.fingerprint).toBeUndefined();
  });

  it('confirms a signature by a key confirmed from a key card, and by the device’s own key', async () => {
    const d = await signedBy(m, decision(morgan));
    expect(await one([d], [known(m, { confirmed: 'key-card' })])).toMatchObject({ status: 'confirmed', fingerprint: m.key.fingerprint });
    expect((await one([d], [known(m, { confirmed: 'own' })])).status).toBe('confirmed');
  });

  it('says "signer not confirmed" for the first key seen that no key card confirmed', async () => {
    const d = await signedBy(m, decision(morgan));
    const check = await one([d], [known(m)]);
    expect(check.status).toBe('not-confirmed');
    expect(signatureStatusText(check)).toBe('signer not confirmed');
  });

  const changes: Array<[string, Partial<Decision>]> = [
    ['the outcome', { outcome: 'not-yet-met' }],
    ['the feedback', { feedback: 'Well done' }],
    ['the time', { decidedAt: '2026-11-12T10:00:01.000Z' }],
    ['the point', { markingPointId: 'EXT-2' }],
    ['the basis hash', { basedOn: [{ evidenceId: 'e1', versionId: 'v1', hash: 'b'.repeat(64) }] }],
    ['the assessor’s role', { assessor: { role: 'tutor', name: 'Morgan Ellis' } }],
  ];
  it.each(changes)('finds a decision invalid when %s was changed after signing', async (_what, change) => {
    const d = await signedBy(m, decision(morgan));
    const check = await one([{ ...d, ...change }], [known(m, { confirmed: 'key-card' })]);
    expect(check.status).toBe('invalid');
  });

  it('finds a record invalid when its signature value was changed or made for another record', async () => {
    const a = await signedBy(m, decision(morgan));
    const b = await signedBy(m, decision(morgan, { outcome: 'not-yet-met', feedback: 'More on refunds' }));
    expect((await one([{ ...a, signature: b.signature }], [known(m)])).status).toBe('invalid');
    const value = a.signature.value;
    const flipped = `${value.slice(0, 10)}${value[10] === 'A' ? 'B' : 'A'}${value.slice(11)}`;
    expect((await one([{ ...a, signature: { ...a.signature, value: flipped } }], [known(m)])).status).toBe('invalid');
    expect((await one([{ ...a, signature: { ...a.signature, value: 'abc' } }], [known(m)])).status).toBe('invalid');
  });

  it('finds a signature invalid when the known key does not match its fingerprint', async () => {
    const d = await signedBy(m, decision(morgan));
    // The record names Morgan's fingerprint, but the row holds Sam's curve point under it.
    const forged = { ...known(m, { confirmed: 'key-card' }), publicKey: s.key.publicKey };
    expect((await one([d], [forged])).status).toBe('invalid');
  });

  it('says unknown-key when the device does not have the signing key', async () => {
    const d = await signedBy(m, decision(morgan));
    expect(await one([d], [known(s)])).toMatchObject({ status: 'unknown-key', fingerprint: m.key.fingerprint });
  });

  it('says wrong-signer when a record names one person and is signed with another’s key', async () => {
    // A learner signs a decision in the assessor's name with the learner's own key.
    const d = await signedBy(z, decision(morgan));
    const check = await one([d], [known(z, { confirmed: 'key-card' }), known(m, { confirmed: 'key-card' })]);
    expect(check.status).toBe('wrong-signer');
    expect(signatureStatusText(check)).toBe('signed with a key that is not Morgan Ellis’s');
  });

  it('pins the first key seen for a signer and warns loudly about another key in their name', async () => {
    const a = await signedBy(m, decision(morgan));
    const b = await signedBy(m2, decision(morgan));
    const keys = [known(m, { firstSeenAt: '2026-11-02T09:00:00.000Z' }), known(m2, { firstSeenAt: '2026-11-25T09:00:00.000Z' })];
    const checks = await checkSignatures([a, b], keys);
    expect(checks.get(a.id)?.status).toBe('not-confirmed');
    const warning = checks.get(b.id);
    expect(warning).toMatchObject({ status: 'different-key', pinnedFingerprint: m.key.fingerprint });
    expect(warning && signatureStatusText(warning)).toBe('signed by a different key than the one this device knows for Morgan Ellis');
  });

  it('treats a signer’s name without regard to case or spacing, but never across roles', async () => {
    const d = await signedBy(m, decision({ role: 'assessor', name: '  morgan   ELLIS ' }));
    expect((await one([d], [known(m)])).status).toBe('not-confirmed');
  });

  it('prefers a key confirmed by key card over the first key seen', async () => {
    const a = await signedBy(m, decision(morgan));
    const b = await signedBy(m2, decision(morgan));
    const keys = [known(m, { firstSeenAt: '2026-11-02T09:00:00.000Z' }), known(m2, { firstSeenAt: '2026-11-25T09:00:00.000Z', confirmed: 'key-card' })];
    const checks = await checkSignatures([a, b], keys);
    expect(checks.get(b.id)?.status).toBe('confirmed');
    expect(checks.get(a.id)).toMatchObject({ status: 'different-key', pinnedFingerprint: m2.key.fingerprint });
  });

  it('accepts a new key announced by a key-change record signed with the pinned key', async () => {
    const announce = await signedBy(m, keyChange(morgan, m.key.fingerprint, m2.key.fingerprint));
    const later = await signedBy(m2, decision(morgan, { decidedAt: '2026-11-21T10:00:00.000Z' }));
    const keys = [known(m, { confirmed: 'key-card' }), known(m2, { firstSeenAt: '2026-11-25T09:00:00.000Z' })];
    const checks = await checkSignatures([later, announce], keys);
    expect(checks.get(later.id)?.status).toBe('confirmed');
    expect(checks.get(announce.id)?.status).toBe('confirmed');
    // The same announcement from a key pinned on first sight only carries that: not confirmed.
    const unconfirmed = await checkSignatures([later, announce], [known(m), known(m2, { firstSeenAt: '2026-11-25T09:00:00.000Z' })]);
    expect(unconfirmed.get(later.id)?.status).toBe('not-confirmed');
  });

  it('follows a chain of announcements, forwards only', async () => {
    const m3 = await makeSigner(morgan, '2026-11-28T09:00:00.000Z');
    const first = await signedBy(m, keyChange(morgan, m.key.fingerprint, m2.key.fingerprint));
    const second = await signedBy(m2, keyChange(morgan, m2.key.fingerprint, m3.key.fingerprint, '2026-11-28T10:00:00.000Z'));
    const d = await signedBy(m3, decision(morgan));
    const keys = [known(m, { confirmed: 'own' }), known(m2), known(m3)];
    expect((await checkSignatures([d, second, first], keys)).get(d.id)?.status).toBe('confirmed');
    // An impostor's key that claims the pinned key as its successor does not become trusted.
    const backwards = await signedBy(m2, keyChange(morgan, m2.key.fingerprint, m.key.fingerprint));
    const byImpostor = await signedBy(m2, decision(morgan));
    const checks = await checkSignatures([byImpostor, backwards], [known(m, { confirmed: 'key-card' }), known(m2)]);
    expect(checks.get(byImpostor.id)?.status).toBe('different-key');
  });

  it('ignores an announcement that does not verify, is not signed by the old key, or is someone else’s', async () => {
    const d = await signedBy(m2, decision(morgan));
    const keys = [known(m, { confirmed: 'key-card' }), known(m2), known(s)];
    const tampered = { ...(await signedBy(m, keyChange(morgan, m.key.fingerprint, s.key.fingerprint))), newFingerprint: m2.key.fingerprint };
    const selfSigned = await signedBy(m2, keyChange(morgan, m.key.fingerprint, m2.key.fingerprint));
    const bySam = await signedBy(s, keyChange(sam, m.key.fingerprint, m2.key.fingerprint));
    for (const announcement of [tampered, selfSigned, bySam]) {
      expect((await checkSignatures([d, announcement], keys)).get(d.id)?.status).toBe('different-key');
    }
  });

  it('checks portfolio records as well as decisions', async () => {
    const r = await signedBy(s, signOff(sam));
    expect((await one([r], [known(s, { confirmed: 'key-card' })])).status).toBe('confirmed');
    expect((await one([{ ...r, at: '2026-11-14T10:00:00.000Z' }], [known(s)])).status).toBe('invalid');
  });
});
