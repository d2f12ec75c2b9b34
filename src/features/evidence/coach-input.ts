import { catalogue } from '../../catalogue';
import { runCoach } from '../../domain/coach/run-coach';
import type { CoachFinding } from '../../domain/coach/types';
import { evidenceKindIds } from '../../domain/evidence-kinds';
import { customerTypes, cycleStages, type Evidence, type Mapping } from '../../domain/schemas';
import { pickKindFields, pickLists, type EvidenceFormValues } from './form-values';

/** The portfolio's stored items and mappings, read beside the form. */
export interface PortfolioRows {
  evidence: readonly Evidence[];
  mappings: readonly Mapping[];
}
import { kpiInputOf } from './kpi-form-values';

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
 */
export function coachFindingsForForm(values: EvidenceFormValues, meta: CoachItemMeta, portfolio?: PortfolioRows): CoachFinding[] {
  const kind = values.kind;
  if (!isMember(evidenceKindIds, kind)) return [];
  const cycles = (values.cycles ?? []).flatMap((c) => (isMember(cycleStages, c.stage) ? [{ cycle: c.cycle, stage: c.stage }] : []));
  const fields = pickKindFields(kind, values.fields);
  const item: Evidence = {
    id: meta.id,
    portfolioId: meta.portfolioId,
    number: meta.number,
    ref: meta.ref,
    title: values.title.trim() === '' ? 'this item' : values.title,
    kind,
    date: values.date,
    customerType: isMember(customerTypes, values.customerType) ? values.customerType : 'not-applicable',
    fields,
    reflection: values.reflection,
    tags: values.tags,
    ...pickLists(kind, values),
    ...(cycles.length > 0 ? { cycles } : {}),
    ...kpiInputOf(kind, fields, values).content,
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
  if (!portfolio) return runCoach({ catalogue, evidence: [item], mappings });
  // Checks that span items (factors and feedback techniques counted per point, a cycle's stages, the KPI rows a link names) need the
  // rest of the portfolio: the stored items stand beside the one in the form, and only findings that
  // concern it are shown here.
  const evidence = [item, ...portfolio.evidence.filter((e) => e.id !== meta.id)];
  const others = portfolio.mappings.filter((m) => m.evidenceId !== meta.id);
  return runCoach({ catalogue, evidence, mappings: [...mappings, ...others] }).filter((f) => f.evidenceIds.includes(meta.id));
}
