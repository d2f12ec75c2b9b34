import { setUpIdentity } from '../../../src/db/identity';
import type { Person } from '../../../src/domain/schemas';

/** Answers the first run's "Who are you?" as a learner, so a test can start at the portfolio list. */
export function seedIdentity(person: Person = { role: 'learner', name: 'Zoë Brontë' }) {
  return setUpIdentity(person);
}
