import type { Person, Role, Signature } from '../domain/schemas';
import { signerIdOf } from '../domain/signers';
import { generateSigningKey } from '../domain/signing/keys';
import { signRecord } from '../domain/signing/sign';
import { clock } from '../platform/clock';
import { db, type IdentityRow } from './database';
import { announceNewKey } from './key-announcements';
import { getIdentity, personOf } from './identity-row';

// Reading who uses the device needs no signing code, so the first screen takes it from ./identity-row.
export { getIdentity, personOf, useIdentity } from './identity-row';

/** The person as the "Who are you?" form checks it (zod comes with that screen, not with the first one). */
async function checkedPerson(input: Person): Promise<Person> {
  const { personSchema } = await import('../domain/schemas');
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) throw new Error('Give your role and your name (up to 120 characters).');
  return parsed.data;
}

/** A new key pair for `person`: the private key stays in this device's IndexedDB and can never be read out. */
async function newOwnKey(person: Person) {
  const key = await generateSigningKey();
  const now = clock.now();
  const row = { fingerprint: key.fingerprint, publicKey: key.publicKey, signer: person, createdAt: now, signerId: signerIdOf(person), firstSeenAt: now, confirmed: 'own' as const };
  return { key, row, now };
}

/** The first run: who uses this device, and a signing key made for them. */
export async function setUpIdentity(input: Person): Promise<IdentityRow> {
  const person = await checkedPerson(input);
  const { key, row, now } = await newOwnKey(person);
  const identity: IdentityRow = { id: 'device', ...person, privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: now };
  const d = db();
  await d.transaction('rw', [d.identity, d.keys], async () => {
    if (await d.identity.get('device')) throw new Error('Someone has already said who they are on this device: change your role or name on the You screen.');
    await d.keys.put(row);
    await d.identity.put(identity);
  });
  return identity;
}

/**
 * A key is bound to one signer (role and name), so a new role, or a name that is not just the same one
 * spelt with other capitals or spaces, gets a new key: what was signed before stays signed under the
 * old name and key, which stays this device's own.
 */
export async function changeIdentity(next: Person): Promise<{ newKey: boolean }> {
  const person = await checkedPerson(next);
  const current = await getIdentity();
  if (!current) throw new Error('Say who you are first.');
  const d = db();
  if (signerIdOf(person) === signerIdOf(personOf(current))) {
    await d.identity.update('device', { name: person.name });
    return { newKey: false };
  }
  const { key, row } = await newOwnKey(person);
  await d.transaction('rw', [d.identity, d.keys], async () => {
    await d.keys.put(row);
    await d.identity.update('device', { role: person.role, name: person.name, privateKey: key.privateKey, fingerprint: key.fingerprint });
  });
  return { newKey: true };
}

export async function changeRole(role: Role): Promise<void> {
  const current = await getIdentity();
  if (!current) throw new Error('Say who you are first.');
  if (current.role !== role) await changeIdentity({ role, name: current.name });
}

export async function changeName(name: string): Promise<void> {
  const current = await getIdentity();
  if (!current) throw new Error('Say who you are first.');
  await changeIdentity({ role: current.role, name });
}

type Attributed = { by: Person } | { assessor: Person };

/**
 * Signs a record with this device's key. The record must name the device's user as its author (`by`,
 * or a decision's `assessor`): a device signs only in its own user's name.
 */
export async function signAsMe<T extends object & Attributed>(record: T): Promise<T & { signature: Signature }> {
  const identity = await getIdentity();
  if (!identity) throw new Error('Say who you are before signing: open the You screen.');
  const author = 'assessor' in record ? record.assessor : record.by;
  if (signerIdOf(author) !== signerIdOf(personOf(identity))) {
    throw new Error(`This device signs only as ${identity.name} (${identity.role}), not as ${author.name} (${author.role}).`);
  }
  return signRecord(record, { privateKey: identity.privateKey, fingerprint: identity.fingerprint });
}

/**
 * Makes a new key pair for this device's user, replacing the current one, and announces it, signed with
 * the old key, in every portfolio the old key signed in (see announceNewKey).
 */
export async function makeNewKey(): Promise<{ fingerprint: string; announcedIn: number }> {
  const identity = await getIdentity();
  if (!identity) throw new Error('Say who you are first.');
  const { key, row } = await newOwnKey(personOf(identity));
  const announcedIn = await announceNewKey(identity, row, () => db().identity.update('device', { privateKey: key.privateKey, fingerprint: key.fingerprint }));
  return { fingerprint: key.fingerprint, announcedIn };
}
