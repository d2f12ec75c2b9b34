import { getIdentity, personOf } from './identity-row';
import type { Person } from '../domain/schemas';
import { shortForMessage } from '../domain/short-for-message';

/** A refusal the IQA's and the assessor's screens show as it is: it says what is wrong and what to do. */
export class IqaError extends Error {
  constructor(
    message: string,
    /** The IQA file's refusal code, when a file was refused. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The device's user, who must be a tutor or IQA to do `doing`. */
export async function requireIqa(doing: string): Promise<Person> {
  const me = await getIdentity();
  if (!me) throw new IqaError('Say who you are first: open the You screen.');
  if (me.role !== 'tutor') throw new IqaError(`Only a tutor or internal quality assurer can ${doing}; this device is set up for ${shortForMessage(me.name, 60)} as ${me.role}.`);
  return personOf(me);
}

/** The first problem zod found, as its message. */
export function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'Check what you entered.';
}
