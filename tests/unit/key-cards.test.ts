import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, readSnapshot, setDatabase, writeSnapshot } from '../../src/db';
import { setUpIdentity, signAsMe } from '../../src/db/identity';
import { announceKeyCard, exportKeyCard, importKeyCard } from '../../src/db/key-cards';
import { listKnownKeys, rememberKeys } from '../../src/db/keys';
import { checkSignatures, makeKeyCard, readKeyCard } from '../../src/domain/signing';
import { decision, makeSigner, morgan, signedBy } from './signing-helpers';

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(typeof value === 'string' ? value : JSON.stringify(value));

function freshDevice(): void {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
}
beforeEach(freshDevice);

describe('readKeyCard', () => {
  it('reads back the card a key makes of itself', async () => {
    const m = await makeSigner(morgan);
    const reading = await readKeyCard(bytesOf(await makeKeyCard(m.key, m.signing)));
    expect(reading).toEqual({ ok: true, key: m.key });
  });

  it.each([
    ['too large', new Uint8Array(20_000), 'This file is too large to be a Folio key card (a card is under 16 KB). Choose the .folio-key file the signer gave you.'],
    ['not JSON', bytesOf('hello'), 'This file is not a Folio key card: it is not readable JSON. Choose the .folio-key file the signer gave you.'],
    ['another format', bytesOf({ format: 'folio-portfolio' }), 'This file is not a Folio key card (it says it is “folio-portfolio”). Choose the .folio-key file the signer gave you.'],
    ['a newer version', bytesOf({ format: 'folio-key-card', formatVersion: 2 }), 'This key card was made by a newer version of Folio (key card version 2). Update Folio, then import it again.'],
    ['missing its key', bytesOf({ format: 'folio-key-card', formatVersion: 1 }), 'This key card is damaged at key:'],
  ])('refuses a file that is %s, with a message that says so', async (_what, bytes, message) => {
    const reading = await readKeyCard(bytes);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message.startsWith(message)).toBe(true);
  });

  it('refuses a card whose name was changed after it was made', async () => {
    const m = await makeSigner(morgan);
    const card = JSON.parse(await makeKeyCard(m.key, m.signing));
    card.key.signer.name = 'Sam Okafor';
    expect(await readKeyCard(bytesOf(card))).toEqual({ ok: false, message: 'This key card’s signature does not verify: it was changed after it was made. Ask the signer for a new card.' });
  });

  it('refuses a card whose key does not match its fingerprint', async () => {
    const [m, other] = await Promise.all([makeSigner(morgan), makeSigner(morgan)]);
    const card = JSON.parse(await makeKeyCard(m.key, m.signing));
    card.key.publicKey = other.key.publicKey;
    expect(await readKeyCard(bytesOf(card))).toMatchObject({ ok: false, message: expect.stringContaining('does not match its fingerprint') });
  });
});

describe('key cards between devices', () => {
  it('moves a signer’s key to another device, where their signatures become confirmed', async () => {
    await setUpIdentity(morgan);
    const card = await exportKeyCard();
    const signed = await signAsMe(decision(morgan));
    freshDevice();
    await setUpIdentity({ role: 'learner', name: 'Zoë Brontë' });
    const result = await importKeyCard(bytesOf(card));
    expect(result.status).toBe('confirmed');
    expect(result.message).toMatch(/^The key of Morgan Ellis \(assessor\) is confirmed on this device\. Fingerprint [0-9A-F ]{39}\.$/);
    const checks = await checkSignatures([signed], await listKnownKeys());
    expect(checks.get(signed.id)?.status).toBe('confirmed');
    expect((await importKeyCard(bytesOf(card))).status).toBe('unchanged');
  });

  it('says a card is the device’s own, and pins nothing for another key in the device user’s name', async () => {
    await setUpIdentity(morgan);
    expect(await importKeyCard(bytesOf(await exportKeyCard()))).toMatchObject({ status: 'unchanged', message: 'This is your own key card: there is nothing to confirm on this device.' });
    const other = await makeSigner(morgan);
    const result = await importKeyCard(bytesOf(await makeKeyCard(other.key, other.signing)));
    expect(result.status).toBe('yours-elsewhere');
    expect(await listKnownKeys()).toHaveLength(1);
  });

  it('announces the user’s key from another device, signed with this device’s key', async () => {
    await setUpIdentity(morgan);
    const p = await createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L3-1', centre: 'Northgate', assessorName: 'Morgan Ellis', startDate: '2026-01-12' });
    const before = await signAsMe(decision(morgan, { portfolioId: p.id }));
    await db().decisions.add(before);
    const oldCard = await exportKeyCard();
    const laptop = await makeSigner(morgan);
    const result = await announceKeyCard(bytesOf(await makeKeyCard(laptop.key, laptop.signing)));
    expect(result.announcedIn).toBe(1);
    expect(result.message).toMatch(/^Your key [0-9A-F ]{39} from your other device is announced in the portfolio this device’s key signed in: export it so others learn of it\.$/);
    const snapshot = await readSnapshot(p.id);
    if (!snapshot) throw new Error('no snapshot');
    // A third device that confirmed the old key from its card trusts what the laptop signs.
    const byLaptop = await signedBy(laptop, decision(morgan, { portfolioId: p.id }));
    freshDevice();
    await importKeyCard(bytesOf(oldCard));
    await writeSnapshot(snapshot, { replace: false });
    const checks = await checkSignatures([byLaptop, before, ...snapshot.records], await listKnownKeys());
    expect(checks.get(byLaptop.id)?.status).toBe('confirmed');
    expect(checks.get(before.id)?.status).toBe('confirmed');
    await expect(announceKeyCard(bytesOf(await makeKeyCard(laptop.key, laptop.signing)))).rejects.toThrow('Say who you are first.');
  });

  it('announces only the device user’s own keys', async () => {
    await setUpIdentity(morgan);
    const sam = await makeSigner({ role: 'assessor', name: 'Sam Okafor' });
    await expect(announceKeyCard(bytesOf(await makeKeyCard(sam.key, sam.signing)))).rejects.toThrow('This key card is the key of Sam Okafor (assessor), not yours');
    await expect(announceKeyCard(bytesOf(await exportKeyCard()))).rejects.toThrow('there is nothing to announce');
    expect(await db().records.count()).toBe(0);
  });

  it('asks before replacing a different key it knows for the signer, and warns about the old one after', async () => {
    const [first, second] = await Promise.all([makeSigner(morgan), makeSigner(morgan)]);
    await db().transaction('rw', db().keys, () => rememberKeys(db(), [first.key]));
    const card = bytesOf(await makeKeyCard(second.key, second.signing));
    const asked = await importKeyCard(card);
    expect(asked.status).toBe('needs-confirmation');
    expect(asked.message).toContain('This device already knows a different key for Morgan Ellis (assessor)');
    expect((await listKnownKeys()).map((k) => k.fingerprint)).toEqual([first.key.fingerprint]);

    expect((await importKeyCard(card, { replace: true })).status).toBe('confirmed');
    const [byFirst, bySecond] = await Promise.all([signedBy(first, decision(morgan)), signedBy(second, decision(morgan))]);
    const checks = await checkSignatures([byFirst, bySecond], await listKnownKeys());
    expect(checks.get(bySecond.id)?.status).toBe('confirmed');
    expect(checks.get(byFirst.id)?.status).toBe('different-key');
  });

  it('needs a user to export a card', async () => {
    await expect(exportKeyCard()).rejects.toThrow('Say who you are first');
  });
});
