import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';

/*
 * The learner's "people to redact" list lives in the device-only portfolioLocal row, which
 * readSnapshot and the .folio file never read: the names it holds must not leave the device.
 */

const NONE: readonly string[] = [];

export async function getPeopleToRedact(portfolioId: string): Promise<readonly string[]> {
  return (await db().portfolioLocal.get(portfolioId))?.peopleToRedact ?? NONE;
}

/** Replaces the list; the row's other device-only facts (when last sent, the tutor's group) are kept. */
export async function setPeopleToRedact(portfolioId: string, names: readonly string[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.portfolioLocal, async () => {
    const row = await d.portfolioLocal.get(portfolioId);
    await d.portfolioLocal.put({ ...row, portfolioId, peopleToRedact: [...names] });
  });
}

/** The list, live; undefined while loading. */
export function usePeopleToRedact(portfolioId: string): readonly string[] | undefined {
  return useLiveQuery(() => getPeopleToRedact(portfolioId), [portfolioId]);
}

/**
 * Runs `write` (an import that may replace the portfolio and so wipe its device-only row) and puts
 * the "people to redact" list back afterwards: the list is this device's, not the copy's, and losing
 * it would let the next export go out with those names unmasked. Kept out of writeSnapshot, which
 * is in the app's first-load chunk.
 */
export async function keepingPeopleToRedact<T>(portfolioId: string, write: () => Promise<T>): Promise<T> {
  const people = await getPeopleToRedact(portfolioId);
  const result = await write();
  if (people.length > 0) await setPeopleToRedact(portfolioId, people);
  return result;
}
