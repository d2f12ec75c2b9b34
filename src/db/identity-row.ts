import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../domain/schemas';
import { db, type IdentityRow } from './database';

/*
 * Who uses this device, read without the signing code (./identity signs and makes keys): the first
 * screen reads this, and the signing comes with the screens that sign.
 */

/** This device's user and key; undefined before the first run's "Who are you?" is answered. */
export function getIdentity(): Promise<IdentityRow | undefined> {
  return db().identity.get('device');
}

/** null before anyone has said who they are on this device; undefined while loading. */
export function useIdentity(): IdentityRow | null | undefined {
  return useLiveQuery(async () => (await getIdentity()) ?? null, []);
}

export function personOf(identity: Pick<IdentityRow, 'role' | 'name'>): Person {
  return { role: identity.role, name: identity.name };
}

