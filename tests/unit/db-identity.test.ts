import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, readSnapshot, setDatabase } from '../../src/db';
import { changeName, changeRole, getIdentity, makeNewKey, signAsMe, setUpIdentity } from '../../src/db/identity';
import { listKnownKeys } from '../../src/db/keys';
import type { Decision } from '../../src/domain/schemas';
import { checkSignatures, keysAsFirstSeen, verifySnapshot } from '../../src/domain/signing';
import { decision, morgan } from './signing-helpers';

let name = '';
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  setDatabase(new FolioDatabase(name));
});

const details = { learnerName: 'Zoë Brontë', learnerNumber: 'L3-1', centre: 'Northgate', assessorName: 'Morgan Ellis', startDate: '2026-01-12' };

async function signedDecision(portfolioId: string, over: Partial<Decision> = {}) {
  const signed = await signAsMe(decision(morgan, { id: crypto.randomUUID(), portfolioId, ...over }));
  await db().decisions.add(signed);
  return signed;
}

describe('the device identity', () => {
  it('keeps a non-extractable private key in IndexedDB that still signs after being read back', async () => {
    await setUpIdentity(morgan);
    // A second connection reads the row from IndexedDB itself, not from anything held in memory.
    setDatabase(new FolioDatabase(name));
    const identity = await getIdentity();
    expect(identity).toMatchObject({ role: 'assessor', name: 'Morgan Ellis' });
    expect(identity?.privateKey).toBeInstanceOf(CryptoKey);
    expect(identity?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', identity!.privateKey)).rejects.toThrow();
    const signed = await signAsMe(decision(morgan));
    expect(signed.signature.keyFingerprint).toBe(identity?.fingerprint);
    const checks = await checkSignatures([signed], await listKnownKeys());
    expect(checks.get(signed.id)?.status).toBe('confirmed');
  });

  it('stores its own public key, confirmed as the device’s own', async () => {
    const identity = await setUpIdentity({ role: 'learner', name: '  Zoë Brontë ' });
    const keys = await listKnownKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ fingerprint: identity.fingerprint, confirmed: 'own', signer: { role: 'learner', name: 'Zoë Brontë' }, signerId: 'learner:zoë brontë' });
  });

  it('refuses a second set-up and a name that is empty or too long, changing nothing', async () => {
    await expect(setUpIdentity({ role: 'learner', name: '   ' })).rejects.toThrow('Give your role and your name (up to 120 characters).');
    await expect(setUpIdentity({ role: 'learner', name: 'x'.repeat(121) })).rejects.toThrow('Give your role and your name');
    expect(await getIdentity()).toBeUndefined();
    await setUpIdentity(morgan);
    await expect(setUpIdentity({ role: 'learner', name: 'Zoë' })).rejects.toThrow('Someone has already said who they are on this device');
    expect((await getIdentity())?.name).toBe('Morgan Ellis');
    expect(await listKnownKeys()).toHaveLength(1);
  });

  it('signs only in its own user’s name', async () => {
    await expect(signAsMe(decision(morgan))).rejects.toThrow('Say who you are before signing');
    await setUpIdentity({ role: 'learner', name: 'Zoë Brontë' });
    await expect(signAsMe(decision(morgan))).rejects.toThrow('This device signs only as Zoë Brontë (learner), not as Morgan Ellis (assessor).');
  });

  it('gives a new role a new key, keeping what the old one signed confirmed', async () => {
    const first = await setUpIdentity(morgan);
    const before = await signAsMe(decision(morgan));
    await changeRole('tutor');
    const now = await getIdentity();
    expect(now?.role).toBe('tutor');
    expect(now?.fingerprint).not.toBe(first.fingerprint);
    const after = await signAsMe(decision({ role: 'tutor', name: 'Morgan Ellis' }));
    const checks = await checkSignatures([before, after], await listKnownKeys());
    expect(checks.get(before.id)?.status).toBe('confirmed');
    expect(checks.get(after.id)?.status).toBe('confirmed');
  });

  it('keeps the key when a name changes only in capitals or spacing, and makes a new one for a new name', async () => {
    const first = await setUpIdentity(morgan);
    await changeName('morgan  ellis');
    expect(await getIdentity()).toMatchObject({ name: 'morgan  ellis', fingerprint: first.fingerprint });
    await changeName('Morgan Ellis-Shaw');
    expect((await getIdentity())?.fingerprint).not.toBe(first.fingerprint);
    await expect(changeName('')).rejects.toThrow('Give your role and your name');
  });
});

describe('a new key', () => {
  it('is announced, signed with the old key, in every portfolio the old key signed in, and nowhere else', async () => {
    const old = await setUpIdentity(morgan);
    const signedIn = await createPortfolio(details);
    const untouched = await createPortfolio({ ...details, learnerName: 'Ada' });
    const earlier = await signedDecision(signedIn.id);
    const { fingerprint, announcedIn } = await makeNewKey();
    expect(announcedIn).toBe(1);
    expect(fingerprint).not.toBe(old.fingerprint);
    expect((await getIdentity())?.fingerprint).toBe(fingerprint);
    expect(await db().records.where('portfolioId').equals(untouched.id).count()).toBe(0);
    const later = await signedDecision(signedIn.id, { decidedAt: '2026-11-30T10:00:00.000Z' });

    const snapshot = await readSnapshot(signedIn.id);
    if (!snapshot) throw new Error('no snapshot');
    const announcement = snapshot.records.find((r) => r.type === 'key-change');
    expect(announcement).toMatchObject({ by: morgan, oldFingerprint: old.fingerprint, newFingerprint: fingerprint, signature: { keyFingerprint: old.fingerprint } });
    // Both keys travel with the portfolio, so a device that knew the old key trusts the new one.
    expect(snapshot.keys.map((k) => k.fingerprint).sort()).toEqual([old.fingerprint, fingerprint].sort());
    const verified = await verifySnapshot(snapshot);
    expect(verified.ok).toBe(true);
    const elsewhere = keysAsFirstSeen(snapshot).map((k) => (k.fingerprint === old.fingerprint ? { ...k, confirmed: 'key-card' as const } : k));
    const checks = await checkSignatures([...snapshot.decisions, ...snapshot.records], elsewhere);
    expect(checks.get(earlier.id)?.status).toBe('confirmed');
    expect(checks.get(later.id)?.status).toBe('confirmed');
    expect(snapshot.audit.some((a) => a.action === 'key changed' && a.name === 'Morgan Ellis')).toBe(true);
  });

  it('without the announcement, a device that confirmed the old key warns about the new one', async () => {
    const old = await setUpIdentity(morgan);
    const p = await createPortfolio(details);
    await signedDecision(p.id);
    await makeNewKey();
    const later = await signedDecision(p.id);
    const snapshot = await readSnapshot(p.id);
    if (!snapshot) throw new Error('no snapshot');
    const keys = keysAsFirstSeen(snapshot).map((k) => (k.fingerprint === old.fingerprint ? { ...k, confirmed: 'key-card' as const } : k));
    const withoutAnnouncement = snapshot.records.filter((r) => r.type !== 'key-change');
    const checks = await checkSignatures([...snapshot.decisions, ...withoutAnnouncement], keys);
    expect(checks.get(later.id)?.status).toBe('different-key');
  });
});
