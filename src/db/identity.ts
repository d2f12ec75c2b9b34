import { useLiveQuery } from 'dexie-react-hooks';
import type { PortfolioRecord } from '../domain/records';
import type { Decision, Person, Role, Signature } from '../domain/schemas';
import { signerIdOf } from '../domain/signers';
import { clock } from '../platform/clock';
import { db, type IdentityRow } from './database';

/*
 * Stand-in written by H-assess (the smallest honest version of H-sign's file, same names and
 * signatures) so that assessment can sign before H-sign's lands; the coordinator keeps H-sign's.
 */

/** This device's user, or undefined before they have said who they are. */
export function getIdentity(): Promise<IdentityRow | undefined> {
  return db().identity.get('device');
}

/** null when nobody has said who they are on this device yet; undefined while loading. */
export function useIdentity(): IdentityRow | null | undefined {
  return useLiveQuery(async () => (await getIdentity()) ?? null, []);
}

/** Records who uses this device and makes their key pair (the private key never leaves the device). */
export async function setUpIdentity(who: { role: Role; name: string }): Promise<IdentityRow> {
  // The signing code loads when first needed, not with the first screen (which only reads who you are).
  const { generateSigningKey } = await import('../domain/signing');
  const key = await generateSigningKey();
  const now = clock.now();
  const row: IdentityRow = { id: 'device', role: who.role, name: who.name.trim(), privateKey: key.privateKey, fingerprint: key.fingerprint, createdAt: now };
  const signer: Person = { role: row.role, name: row.name };
  const d = db();
  await d.transaction('rw', d.identity, d.keys, async () => {
    await d.identity.put(row);
    await d.keys.put({ fingerprint: key.fingerprint, publicKey: key.publicKey, signer, createdAt: now, signerId: signerIdOf(signer), firstSeenAt: now, confirmed: 'own' });
  });
  return row;
}

type Signable = Decision | PortfolioRecord;

/**
 * Signs a record with this device's key. The record must name this device's user as its signer, so
 * nobody signs in another's name. Call it outside a transaction: Web Crypto is not IndexedDB.
 */
export async function signAsMe<T extends Signable>(record: T): Promise<T & { signature: Signature }> {
  const me = await getIdentity();
  if (!me) throw new Error('Say who you are on this device first: signing needs your name and key.');
  const signer = 'assessor' in record ? record.assessor : record.by;
  if (signerIdOf(signer) !== signerIdOf({ role: me.role, name: me.name })) {
    throw new Error(`This device signs only as ${me.name}; the record names ${signer.name}.`);
  }
  const { signRecord } = await import('../domain/signing');
  return signRecord(record, { privateKey: me.privateKey, fingerprint: me.fingerprint });
}
