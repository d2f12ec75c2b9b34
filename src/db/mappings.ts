import { mappingId } from '../domain/references';
import type { Evidence, Mapping } from '../domain/schemas';
import { clock } from '../platform/clock';
import { db } from './database';
import { addAudit } from './portfolios';

export interface MappingInput {
  markingPointId: string;
  rationale: string;
}

/** Sets an item's full set of mappings, keeping the dates of those that stay; call inside the save's transaction. */
export async function replaceMappings(item: Evidence, next: readonly MappingInput[], now: string): Promise<void> {
  const d = db();
  const current = await d.mappings.where('evidenceId').equals(item.id).toArray();
  const keep = new Set(next.map((m) => mappingId(item.id, m.markingPointId)));
  await d.mappings.bulkDelete(current.filter((m) => !keep.has(m.id)).map((m) => m.id));
  const byId = new Map(current.map((m) => [m.id, m]));
  const rows: Mapping[] = next.map((m) => {
    const id = mappingId(item.id, m.markingPointId);
    const old = byId.get(id);
    const rationale = m.rationale.trim();
    return {
      id,
      portfolioId: item.portfolioId,
      evidenceId: item.id,
      markingPointId: m.markingPointId,
      rationale,
      createdAt: old?.createdAt ?? now,
      updatedAt: old && old.rationale === rationale ? old.updatedAt : now,
    };
  });
  await d.mappings.bulkPut(rows);
}

/** Maps one item to one marking point (or changes its rationale), e.g. from a marking point's page. */
export async function setMapping(evidenceId: string, markingPointId: string, rationale: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.evidence, d.mappings, d.audit, d.portfolios], async () => {
    const item = await d.evidence.get(evidenceId);
    if (!item) throw new Error('This evidence item no longer exists.');
    const id = mappingId(evidenceId, markingPointId);
    const old = await d.mappings.get(id);
    const now = clock.now();
    await d.mappings.put({
      id,
      portfolioId: item.portfolioId,
      evidenceId,
      markingPointId,
      rationale: rationale.trim(),
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    });
    await d.portfolios.update(item.portfolioId, { updatedAt: now });
    await addAudit(item.portfolioId, 'mapping set', `${item.ref} → ${markingPointId}`);
  });
}

export async function removeMapping(evidenceId: string, markingPointId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.evidence, d.mappings, d.audit, d.portfolios], async () => {
    const item = await d.evidence.get(evidenceId);
    await d.mappings.delete(mappingId(evidenceId, markingPointId));
    if (item) await addAudit(item.portfolioId, 'mapping removed', `${item.ref} → ${markingPointId}`);
  });
}

export function listMappings(portfolioId: string): Promise<Mapping[]> {
  return db().mappings.where('portfolioId').equals(portfolioId).toArray();
}
