import { useLiveQuery } from 'dexie-react-hooks';
import { samplingPlanSchema, type SamplingPlan } from '../domain/iqa/plan';
import { iqaRoundSchema, newRound, type IqaRound, type RoundPortfolio } from '../domain/iqa/round';
import type { SampleLine } from '../domain/iqa/sample-line';
import { clock } from '../platform/clock';
import { db } from './database';
import { firstIssue, IqaError, requireIqa } from './iqa-error';

/** Starts a sampling round from a plan and its (proposed, perhaps adjusted) sample; the device's user must be a tutor. */
export async function createRound(plan: SamplingPlan, lines: readonly SampleLine[], portfolios: readonly RoundPortfolio[]): Promise<IqaRound> {
  const checkedPlan = samplingPlanSchema.safeParse(plan);
  if (!checkedPlan.success) throw new IqaError(firstIssue(checkedPlan.error));
  const by = await requireIqa('start a sampling round');
  const round = iqaRoundSchema.safeParse(newRound({ id: clock.newId(), by, now: clock.now(), plan: checkedPlan.data, lines, portfolios }));
  if (!round.success) throw new IqaError(`This sample cannot be saved: ${firstIssue(round.error)}.`);
  await db().iqaRounds.add(round.data);
  return round.data;
}

/**
 * Saves a round as the IQA changed it (plan, lines), stamped now. The portfolios listed follow the lines:
 * a learner whose every line was removed drops out, and one added by hand must come with its name.
 */
export async function saveRound(round: IqaRound, added: readonly RoundPortfolio[] = []): Promise<IqaRound> {
  await requireIqa('change a sampling round');
  const sampled = new Set(round.lines.map((l) => l.portfolioId));
  const portfolios = [...new Map([...round.portfolios, ...added].map((p) => [p.portfolioId, p])).values()].filter((p) => sampled.has(p.portfolioId));
  const parsed = iqaRoundSchema.safeParse({ ...round, name: round.plan.name, portfolios, updatedAt: clock.now() });
  if (!parsed.success) throw new IqaError(`This sampling round cannot be saved: ${firstIssue(parsed.error)}.`);
  const d = db();
  await d.transaction('rw', d.iqaRounds, async () => {
    if (!(await d.iqaRounds.get(round.id))) throw new IqaError('This sampling round is no longer on this device.');
    await d.iqaRounds.put(parsed.data);
  });
  return parsed.data;
}

/** Deletes a round's plan and sample from this device. Outcomes already recorded stay in the portfolios: records are never deleted. */
export async function deleteRound(id: string): Promise<void> {
  await db().iqaRounds.delete(id);
}

/** The rounds on this device, the most recently changed first. */
export async function listRounds(): Promise<IqaRound[]> {
  return (await db().iqaRounds.orderBy('updatedAt').reverse().toArray());
}

export function useRounds(): IqaRound[] | undefined {
  return useLiveQuery(listRounds, []);
}

/** null when there is no such round; undefined while loading. */
export function useRound(id: string): IqaRound | null | undefined {
  return useLiveQuery(async () => (await db().iqaRounds.get(id)) ?? null, [id]);
}
