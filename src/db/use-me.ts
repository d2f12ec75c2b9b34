import { useIdentity } from './identity-row';
import type { Person } from '../domain/schemas';

/**
 * Who uses this device: the identity they gave, or, before anyone has said, the portfolio's learner
 * (the app was the learner's alone until roles came). undefined while loading.
 */
export function useMe(learnerName: string | undefined): Person | undefined {
  const identity = useIdentity();
  if (identity === undefined) return undefined;
  if (identity) return { role: identity.role, name: identity.name };
  return learnerName === undefined ? undefined : { role: 'learner', name: learnerName };
}
