import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry, Person } from '../domain/schemas';
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
