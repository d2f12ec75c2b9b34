import { useLiveQuery } from 'dexie-react-hooks';
import { coachChecks } from '../domain/coach/run-coach';
import { coachDismissalInputSchema, currentDismissals, type CoachDismissal, type CoachDismissalInput } from '../domain/coach/dismissals';
import type { RecordOf } from '../domain/records';
import { shortForMessage } from '../domain/short-for-message';
import { clock } from '../platform/clock';
import { db } from './database';
import { deviceActor } from './audit';

/*
 * Not exported from the db index (which the first screen loads): the evidence editor, the marking point
 * page and the Assess screen import this file directly.
 *
 * The learner's dismissals of the coach's findings (issue 10): unsigned append-only records, like "ready",
 * each with an audit entry.
 */

/** A refusal the screens show as it is: it says what is wrong and what to do. */
export class CoachDismissalError extends Error {}

/**
 * The learner dismisses the finding of check `checkId` on an item, with a short reason. A second dismissal
 * of the same check on the same item supersedes the first (the first stays in the file, as every record does).
 */
export async function dismissCoachFinding(evidenceId: string, checkId: string, input: CoachDismissalInput): Promise<CoachDismissal> {
  const parsed = coachDismissalInputSchema.safeParse(input);
  if (!parsed.success) throw new CoachDismissalError(parsed.error.issues[0]?.message ?? 'Say why this finding does not apply.');
  const check = coachChecks.find((c) => c.id === checkId);
  if (!check) throw new CoachDismissalError(`The coach has no check “${shortForMessage(checkId, 40)}”; reload the page and try again.`);
  const d = db();
  return d.transaction('rw', [d.portfolios, d.evidence, d.records, d.identity, d.audit], async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new CoachDismissalError('This evidence item no longer exists, so there is nothing to dismiss.');
    // With nobody set up on this device yet, the portfolio's learner (as before roles existed).
    const portfolio = await d.portfolios.get(item.portfolioId);
    const by = await deviceActor({ role: 'learner', name: portfolio?.learnerName ?? 'Learner' });
    if (by.role !== 'learner') throw new CoachDismissalError(`Only the learner can dismiss the coach’s findings; this device is set up for ${shortForMessage(by.name, 60)} as ${by.role}.`);
    const record: RecordOf<'coach-dismissal'> = {
      id: clock.newId(),
      portfolioId: item.portfolioId,
      type: 'coach-dismissal',
      at: clock.now(),
      by,
      checkId,
      evidenceId,
      reason: parsed.data.reason,
    };
    await d.records.add(record);
    const detail = `${item.ref}: ${check.title} — ${shortForMessage(record.reason, 200)}`;
    await d.audit.add({ id: clock.newId(), portfolioId: item.portfolioId, at: record.at, role: by.role, name: by.name, action: 'coach finding dismissed', detail });
    return record;
  });
}

/** The current dismissal of each check on each item of a portfolio. */
export async function readCoachDismissals(portfolioId: string): Promise<Map<string, CoachDismissal>> {
  return currentDismissals(await db().records.where('portfolioId').equals(portfolioId).toArray());
}

export function useCoachDismissals(portfolioId: string): Map<string, CoachDismissal> | undefined {
  return useLiveQuery(() => readCoachDismissals(portfolioId), [portfolioId]);
}
