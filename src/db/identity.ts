import type { Person, Signature } from '../domain/schemas';
import { signRecord } from '../domain/signing';
import { db, type IdentityRow } from './database';

/*
 * H-file's smallest honest version of the two functions of H-sign's src/db/identity.ts that export
 * needs (issue 8 plan): the owner's file replaces this one on merge.
 */

/** This device's user and signing key, once they have said who they are. */
export function getIdentity(): Promise<IdentityRow | undefined> {
  return db().identity.get('device');
}

const samePerson = (a: Person, b: Person) => a.role === b.role && a.name.trim() === b.name.trim();

/**
 * The record signed with this device's key. It must be made in the device user's name (its `by` or
 * `assessor`): a device signs only as its own user.
 */
export async function signAsMe<T extends { by: Person } | { assessor: Person }>(record: T): Promise<T & { signature: Signature }> {
  const me = await getIdentity();
  if (!me) throw new Error('This device does not know who you are yet, so it cannot sign anything.');
  const who = 'by' in record ? record.by : record.assessor;
  if (!samePerson(who, { role: me.role, name: me.name })) throw new Error(`This device signs only as ${me.name}, not as ${who.name}.`);
  return signRecord(record, { privateKey: me.privateKey, fingerprint: me.fingerprint });
}
