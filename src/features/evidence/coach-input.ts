import { catalogue } from '../../catalogue';
import { checkCycleStages } from '../../domain/coach/cycle-stages';
import { runCoach } from '../../domain/coach/run-coach';
import type { CoachFinding } from '../../domain/coach/types';
import { evidenceKindIds } from '../../domain/evidence-kinds';
import { customerTypes, cycleStages, type Evidence, type Mapping } from '../../domain/schemas';
import { pickKindFields, type EvidenceFormValues } from './form-values';

/** What the editor knows of the item apart from its form: its id and reference (a new item has neither yet). */
export interface CoachItemMeta {
  id: string;
  ref: string;
  number: number;
  portfolioId: string;
}

const epoch = '1970-01-01T00:00:00Z';

function isMember<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((v) => v === value);
}

/**
 * The coach's findings on the item as it stands in the form, before it is saved: the form's values
 * made into the item and mappings the checks read. Nothing is found until a kind is chosen (every check
 * reads a kind's fields); unsure customers count as "not applicable" so no check guesses them.
 *
 * A cycle spans items, so its check reads the portfolio's other items (`others`) with this one as the
 * form has it, and keeps the cycles this item is in; the item-by-item checks see the item alone.
 */
export function coachFindingsForForm(values: EvidenceFormValues, meta: CoachItemMeta, others: readonly Evidence[] = []): CoachFinding[] {
  const kind = values.kind;
  if (!isMember(evidenceKindIds, kind)) return [];
  const item: Evidence = {
    id: meta.id,
    portfolioId: meta.portfolioId,
    number: meta.number,
    ref: meta.ref,
    title: values.title.trim() === '' ? 'this item' : values.title,
    kind,
    date: values.date,
    customerType: isMember(customerTypes, values.customerType) ? values.customerType : 'not-applicable',
    fields: pickKindFields(kind, values.fields),
    reflection: values.reflection,
    tags: values.tags,
    version: 1,
    versionId: meta.id,
    createdAt: epoch,
    updatedAt: epoch,
  };
  const mappings: Mapping[] = values.mappings.map((m) => ({
    id: `${meta.id}:${m.markingPointId}`,
    portfolioId: meta.portfolioId,
    evidenceId: meta.id,
    markingPointId: m.markingPointId,
    rationale: m.rationale,
    createdAt: epoch,
    updatedAt: epoch,
  }));
  const cycles = (values.cycles ?? []).flatMap((c) => (isMember(cycleStages, c.stage) ? [{ cycle: c.cycle, stage: c.stage }] : []));
  const portfolio = [...others.filter((e) => e.id !== meta.id), { ...item, cycles }];
  const cycleFindings = checkCycleStages({ catalogue, evidence: portfolio, mappings: [] }).filter((f) => f.evidenceIds.includes(meta.id));
  return [...runCoach({ catalogue, evidence: [item], mappings }), ...cycleFindings];
}
