import { useLiveQuery } from 'dexie-react-hooks';
import { currentDecisions } from '../domain/assessment';
import { latestIqaOutcomes, type IqaRecord } from '../domain/iqa/report';
import type { Decision } from '../domain/schemas';
import { signerIdOf } from '../domain/signers';
import { checkSignatures, type SignatureCheck } from '../domain/signing/status';
import { db } from './database';

/** An IQA outcome an assessor must act on: the IQA asked for action, or disagreed. */
export interface IqaAction {
  portfolioId: string;
  learnerName: string;
  learnerNumber: string;
  outcome: IqaRecord;
  /** The decision the IQA judged, when this device holds it. */
  decision?: Decision;
  /** The outcome's signature as this device sees it ("signer not confirmed" until the IQA's key card is confirmed). */
  signature?: SignatureCheck;
  /** The assessor has decided the point again since: the action may be done. */
  decidedAgain: boolean;
}

/**
 * Every latest IQA outcome on this device that asks an assessor to act (assessor to action, or
 * disagreed), optionally only on decisions by `assessorId` (signerIdOf), open ones first, newest first.
 */
export async function readIqaActions(assessorId?: string): Promise<IqaAction[]> {
  const d = db();
  const { portfolios, outcomes, decisions, keyChanges, keys } = await d.transaction('r', [d.portfolios, d.records, d.decisions, d.keys], async () => {
    const records = await d.records.filter((r) => r.type === 'iqa' || r.type === 'key-change').toArray();
    const outcomes = records.filter((r): r is IqaRecord => r.type === 'iqa');
    const ids = [...new Set(outcomes.map((o) => o.portfolioId))];
    return {
      portfolios: (await d.portfolios.bulkGet(ids)).flatMap((p) => (p ? [p] : [])),
      outcomes,
      decisions: await d.decisions.where('portfolioId').anyOf(ids).toArray(),
      keyChanges: records.filter((r) => r.type === 'key-change'),
      keys: await d.keys.toArray(),
    };
  });
  const open = [...latestIqaOutcomes(outcomes).values()].filter((o) => o.outcome !== 'agreed');
  // Web Crypto is no Dexie call: wrapped so that a live query keeps watching (dexie-react-hooks' rule).
  const checks = await Promise.resolve(checkSignatures([...open, ...keyChanges], keys));
  const byId = new Map(decisions.map((x) => [x.id, x]));
  const current = new Map(portfolios.map((p) => [p.id, currentDecisions(decisions.filter((x) => x.portfolioId === p.id))]));
  const actions: IqaAction[] = [];
  for (const o of open) {
    const portfolio = portfolios.find((p) => p.id === o.portfolioId);
    const decision = byId.get(o.decisionId);
    if (!portfolio || (assessorId !== undefined && (!decision || signerIdOf(decision.assessor) !== assessorId))) continue;
    const now = current.get(portfolio.id)?.get(o.markingPointId);
    const signature = checks.get(o.id);
    actions.push({
      portfolioId: portfolio.id,
      learnerName: portfolio.learnerName,
      learnerNumber: portfolio.learnerNumber,
      outcome: o,
      ...(decision ? { decision } : {}),
      ...(signature ? { signature } : {}),
      decidedAgain: now !== undefined && now.id !== o.decisionId,
    });
  }
  return actions.sort((a, b) => Number(a.decidedAgain) - Number(b.decidedAgain) || (a.outcome.at < b.outcome.at ? 1 : a.outcome.at > b.outcome.at ? -1 : 0));
}

/** The same, live. undefined while loading. */
export function useIqaActions(assessorId?: string): IqaAction[] | undefined {
  return useLiveQuery(() => readIqaActions(assessorId), [assessorId]);
}
