import type { Person } from './schemas';

/** One key for "who signed": role and name, with case and spacing in the name ignored. */
export function signerIdOf(person: Person): string {
  return `${person.role}:${person.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
