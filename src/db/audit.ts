import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry, Person } from '../domain/schemas';
import { clock } from '../platform/clock';
import { db } from './database';

/** A portfolio's audit trail, newest first. */
export async function listAudit(portfolioId: string): Promise<AuditEntry[]> {
  const entries = await db().audit.where('portfolioId').equals(portfolioId).toArray();
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

export function useAudit(portfolioId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => listAudit(portfolioId), [portfolioId]);
}

/**
 * Who this device's user is, for an audit entry written outside the change's own transaction scope
 * (read before it starts): the device identity when there is one, else `fallback`.
 */
export async function deviceActor(fallback: Person): Promise<Person> {
  const me = await db().identity.get('device');
  return me ? { role: me.role, name: me.name } : fallback;
}

const importWords = {
  new: 'A portfolio file imported as a new portfolio',
  replace: 'A portfolio file imported in place of the copy on this device',
  'keep-both': 'A portfolio file imported as a second copy, beside the one on this device',
} as const;

/** The audit entry an import adds to what it writes (in the same transaction, with the rest of the file). */
export function importEntry(portfolioId: string, actor: Person, mode: keyof typeof importWords): AuditEntry {
  return { id: clock.newId(), portfolioId, at: clock.now(), role: actor.role, name: actor.name, action: 'imported', detail: importWords[mode] };
}
