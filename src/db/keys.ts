import { useLiveQuery } from 'dexie-react-hooks';
import type { SignerKey } from '../domain/schemas';
import { signerIdOf } from '../domain/signers';
import { clock } from '../platform/clock';
import { db, type FolioDatabase, type KeyRow } from './database';

/**
 * Keeps the public keys a file carried. A key already known keeps its row (so the first key seen for a
 * signer stays the one pinned, and a confirmed key stays confirmed); call inside a transaction over `keys`.
 */
export async function rememberKeys(d: FolioDatabase, keys: readonly SignerKey[]): Promise<void> {
  const known = await d.keys.bulkGet(keys.map((k) => k.fingerprint));
  const now = clock.now();
  const fresh: KeyRow[] = keys
    .filter((_, i) => known[i] === undefined)
    .map((k) => ({ ...k, signerId: signerIdOf(k.signer), firstSeenAt: now, confirmed: null }));
  if (fresh.length) await d.keys.bulkPut(fresh);
}

/** Every signer's key this device knows, by signer name, then first seen. */
export async function listKnownKeys(): Promise<KeyRow[]> {
  const rows = await db().keys.toArray();
  return rows.sort((a, b) => a.signer.name.localeCompare(b.signer.name) || a.signerId.localeCompare(b.signerId) || a.firstSeenAt.localeCompare(b.firstSeenAt));
}

export function useKnownKeys(): KeyRow[] | undefined {
  return useLiveQuery(listKnownKeys, []);
}
