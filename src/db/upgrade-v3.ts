import { Dexie, type Transaction } from 'dexie';
import { decisionFromV1, type DecisionV1 } from '../domain/decision-v1';
import type { Decision, Evidence, Mapping, Portfolio } from '../domain/schemas';
import { firstVersionOf } from '../domain/first-version';
import type { AttachmentRow } from './database';

/**
 * Schema 2 → 3: every stored item gets its first version (the state it is in, hashed now, once), and
 * decisions take their new shape. The hashes use Web Crypto, which is not IndexedDB, so each wait goes
 * through Dexie.waitFor to keep the upgrade's transaction open.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const portfolios = new Map((await tx.table<Portfolio>('portfolios').toArray()).map((p) => [p.id, p]));
  const evidence = await tx.table<Evidence>('evidence').toArray();
  const mappings = await tx.table<Mapping>('mappings').toArray();
  const attachments = await tx.table<AttachmentRow>('attachments').toArray();
  const byItem = <T extends { evidenceId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.evidenceId, [...(map.get(row.evidenceId) ?? []), row]);
    return map;
  };
  const mappingsOf = byItem(mappings);
  const attachmentsOf = byItem(attachments);

  for (const item of evidence) {
    const learnerName = portfolios.get(item.portfolioId)?.learnerName ?? 'Learner';
    const version = await Dexie.waitFor(firstVersionOf(item, learnerName, attachmentsOf.get(item.id) ?? [], mappingsOf.get(item.id) ?? []));
    await tx.table('versions').add(version);
    await tx.table('evidence').update(item.id, { versionId: version.id });
  }

  await tx
    .table('decisions')
    .toCollection()
    .modify((d: Decision | DecisionV1, ref: { value: Decision }) => {
      if ('assessorName' in d) ref.value = decisionFromV1(d);
    });
}
