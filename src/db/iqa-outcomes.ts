import { iqaOutcomeLabels, type IqaOutcome } from '../domain/iqa/outcomes';
import type { IqaRecord } from '../domain/iqa/report';
import { lineKey } from '../domain/iqa/sample-line';
import { iqaRecordSchema } from '../domain/records';
import { shortForMessage } from '../domain/short-for-message';
import { clock } from '../platform/clock';
import { db } from './database';
import { signAsMe } from './identity';
import { firstIssue, IqaError, requireIqa } from './iqa-error';

export interface IqaOutcomeInput {
  portfolioId: string;
  roundId: string;
  decisionId: string;
  markingPointId: string;
  outcome: IqaOutcome;
  comment: string;
}

/**
 * Records the IQA's outcome on one sampled decision: a signed `iqa` record in the learner's portfolio,
 * with an audit entry. A later outcome on the same decision in the same round supersedes this one; none
 * is ever edited. The device's user must be a tutor, and the decision one the round sampled.
 */
export async function recordIqaOutcome(input: IqaOutcomeInput): Promise<IqaRecord> {
  const by = await requireIqa('record a quality assurance outcome');
  const d = db();
  const round = await d.iqaRounds.get(input.roundId);
  if (!round) throw new IqaError('This sampling round is no longer on this device.');
  const line = round.lines.find((l) => lineKey(l) === lineKey(input));
  if (!line || line.markingPointId !== input.markingPointId) throw new IqaError('This decision is not in the round’s sample: add it to the sample first.');
  const parsed = iqaRecordSchema.safeParse({ id: clock.newId(), portfolioId: input.portfolioId, at: clock.now(), by, type: 'iqa', roundId: input.roundId, decisionId: input.decisionId, markingPointId: input.markingPointId, outcome: input.outcome, comment: input.comment });
  if (!parsed.success) throw new IqaError(firstIssue(parsed.error));
  // Web Crypto is not IndexedDB: sign first, then check and write in one transaction.
  const signed = await signAsMe(parsed.data);
  return d.transaction('rw', [d.decisions, d.records, d.audit, d.iqaRounds], async () => {
    const decision = await d.decisions.get(input.decisionId);
    if (!decision || decision.portfolioId !== input.portfolioId) throw new IqaError('The sampled decision is no longer in this learner’s portfolio on this device.');
    await d.records.add(signed);
    await d.audit.add({
      id: clock.newId(),
      portfolioId: input.portfolioId,
      at: signed.at,
      role: by.role,
      name: by.name,
      action: 'iqa-outcome',
      detail: `${input.markingPointId}: ${iqaOutcomeLabels[input.outcome]} (sampling round “${shortForMessage(round.name, 80)}”)`.slice(0, 1000),
    });
    await d.iqaRounds.update(round.id, { updatedAt: signed.at });
    return signed;
  });
}
