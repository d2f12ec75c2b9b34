import { Dexie } from 'dexie';
import { clock } from '../platform/clock';
import { db } from './database';
import { refuseLockedChange, withLockCheck } from './locks';
import { signatureChecksOf } from './signature-checks';
import { addAudit } from './portfolios';
import { appendVersion } from './versions';

import type { MappingInput } from './mappings';

/** Maps one item to one marking point (or changes its rationale), e.g. from a marking point's page. */
export async function setMapping(evidenceId: string, markingPointId: string, rationale: string): Promise<void> {
  await changeMappings(evidenceId, 'mapping set', markingPointId, (current) => [
    ...current.filter((m) => m.markingPointId !== markingPointId),
    { markingPointId, rationale: rationale.trim() },
  ]);
}

export async function removeMapping(evidenceId: string, markingPointId: string): Promise<void> {
  await changeMappings(evidenceId, 'mapping removed', markingPointId, (current) => current.filter((m) => m.markingPointId !== markingPointId));
}

/** A mapping change from outside the editor is a new version of the item, like any other change. */
async function changeMappings(
  evidenceId: string,
  action: string,
  markingPointId: string,
  next: (current: readonly MappingInput[]) => MappingInput[],
): Promise<void> {
  const d = db();
  const portfolioId = (await d.evidence.get(evidenceId))?.portfolioId;
  if (!portfolioId) throw new Error('This evidence item no longer exists.');
  const checks = await signatureChecksOf(portfolioId);
  await d.transaction('rw', withLockCheck([d.evidence, d.mappings, d.versions, d.audit, d.portfolios]), async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new Error('This evidence item no longer exists.');
    const portfolio = await d.portfolios.get(item.portfolioId);
    const current = await d.mappings.where('evidenceId').equals(evidenceId).toArray();
    const added = next(current).filter((m) => !current.some((c) => c.markingPointId === m.markingPointId));
    await Dexie.waitFor(refuseLockedChange(item.portfolioId, checks, evidenceId, added.map((m) => m.markingPointId)));
    const now = clock.now();
    await appendVersion(
      { portfolioId: item.portfolioId, evidenceId, number: item.number, author: { role: 'learner', name: portfolio?.learnerName ?? 'Learner' }, now },
      item,
      { mappings: next(current) },
    );
    await d.portfolios.update(item.portfolioId, { updatedAt: now });
    await addAudit(item.portfolioId, action, `${item.ref} → ${markingPointId}`);
  });
}
