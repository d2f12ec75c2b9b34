import { beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioRecord } from '../../src/domain/records';
import type { Decision, SignerKey } from '../../src/domain/schemas';
import { verifySnapshot } from '../../src/domain/signing';
import { decision, keyChange, makeSigner, makeSigners, morgan, sam, signedBy, signOff, type TestSigner } from './signing-helpers';

let m: TestSigner;
let m2: TestSigner;
let s: TestSigner;
let z: TestSigner;
beforeAll(async () => {
  ({ m, m2, s, z } = await makeSigners());
});

const evidence = [{ id: 'e1', ref: 'E004' }];
function parts(decisions: Decision[], records: PortfolioRecord[], keys: SignerKey[]) {
  return { decisions, records, keys, evidence };
}

describe('verifySnapshot', () => {
  it('accepts a file with no signatures, every record unsigned', async () => {
    const d = decision(morgan);
    const result = await verifySnapshot(parts([d], [], []));
    expect(result.ok && result.checks.get(d.id)?.status).toBe('unsigned');
  });

  it('accepts sound signatures; on first sight each signer is "not confirmed"', async () => {
    const d = await signedBy(m, decision(morgan));
    const r = await signedBy(s, signOff(sam));
    const result = await verifySnapshot(parts([d], [r], [m.key, s.key]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.checks.get(d.id)?.status).toBe('not-confirmed');
    expect(result.checks.get(r.id)?.status).toBe('not-confirmed');
  });

  it('refuses the whole file when a decision was changed after signing, naming the decision', async () => {
    const good = await signedBy(m, decision(morgan));
    const bad = { ...(await signedBy(m, decision(morgan, { outcome: 'not-yet-met', feedback: 'More on refunds' }))), outcome: 'met' as const };
    const result = await verifySnapshot(parts([good, bad], [], [m.key]));
    expect(result).toEqual({
      ok: false,
      recordId: bad.id,
      label: 'the decision on EXT-3 by Morgan Ellis, 12 November 2026',
      reason: 'was changed after it was signed',
      message: 'The decision on EXT-3 by Morgan Ellis, 12 November 2026 was changed after it was signed.',
    });
  });

  it('names a record by the evidence reference it concerns', async () => {
    const unlock: PortfolioRecord = { id: 'u1', portfolioId: 'p1', at: '2026-11-15T10:00:00.000Z', by: morgan, type: 'unlock', evidenceId: 'e1', reason: 'Typo' };
    const signed = await signedBy(m, unlock);
    const result = await verifySnapshot(parts([], [{ ...signed, reason: 'Anything' }], [m.key]));
    expect(!result.ok && result.message).toBe('The unlock of E004 by Morgan Ellis, 15 November 2026 was changed after it was signed.');
  });

  it('refuses a signature by a key the file does not carry', async () => {
    const d = await signedBy(m, decision(morgan));
    const result = await verifySnapshot(parts([d], [], [s.key]));
    expect(result).toMatchObject({ ok: false, recordId: d.id, reason: 'is signed with a key the file does not carry' });
  });

  it('refuses a key whose curve point was swapped under its fingerprint', async () => {
    // Someone signs with their own key and labels it with Morgan's fingerprint and name.
    const forgedKey: SignerKey = { ...m.key, publicKey: z.key.publicKey };
    const d = await signedBy({ ...z, signing: { ...z.signing, fingerprint: m.key.fingerprint } }, decision(morgan));
    const result = await verifySnapshot(parts([d], [], [forgedKey]));
    expect(result).toMatchObject({ ok: false, label: 'the key of Morgan Ellis', reason: 'does not match its fingerprint: it was changed after it was made' });
    expect(result.ok || result.recordId).toBeUndefined();
  });

  it('refuses a record that names one person and is signed with another’s key', async () => {
    const d = await signedBy(z, decision(morgan));
    const result = await verifySnapshot(parts([d], [], [z.key]));
    expect(result).toMatchObject({ ok: false, recordId: d.id, reason: 'is signed with the key of Zoë Brontë (learner), not of the person it names' });
  });

  it('refuses two keys under one fingerprint for different people', async () => {
    const result = await verifySnapshot(parts([], [], [m.key, { ...m.key, signer: sam }]));
    expect(result).toMatchObject({ ok: false, label: 'the key of Sam Okafor', reason: 'has the same fingerprint as the key of Morgan Ellis' });
  });

  it('reports a second key in a signer’s name as a different key unless the first announced it', async () => {
    const a = await signedBy(m, decision(morgan));
    const b = await signedBy(m2, decision(morgan, { decidedAt: '2026-11-22T10:00:00.000Z' }));
    const unannounced = await verifySnapshot(parts([a, b], [], [m.key, m2.key]));
    expect(unannounced.ok && unannounced.checks.get(b.id)?.status).toBe('different-key');
    const announce = await signedBy(m, keyChange(morgan, m.key.fingerprint, m2.key.fingerprint));
    const announced = await verifySnapshot(parts([a, b], [announce], [m.key, m2.key]));
    expect(announced.ok && announced.checks.get(b.id)?.status).toBe('not-confirmed');
  });

  it('cuts a very long name in its message', async () => {
    const long = { role: 'assessor' as const, name: 'M'.repeat(120) };
    const signer = await makeSigner(long);
    const d = await signedBy(signer, decision(long));
    const result = await verifySnapshot(parts([{ ...d, feedback: 'x' }], [], [signer.key]));
    expect(!result.ok && result.label.length).toBeLessThan(110);
  });
});
