import { catalogue } from '../../catalogue';
import { runCoach } from '../../domain/coach/run-coach';
import type { CoachFinding } from '../../domain/coach/types';
import { evidenceKindIds } from '../../domain/evidence-kinds';
import { customerTypes, type Evidence, type Mapping } from '../../domain/schemas';
import { pickKindFields, type EvidenceFormValues } from './form-values';
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
export function coachFindingsForForm(values: EvidenceFormValues, meta: CoachItemMeta, portfolioEvidence: readonly Evidence[] = []): CoachFinding[] {
  const kind = values.kind;
  if (!isMember(evidenceKindIds, kind)) return [];
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
  // The reports whose KPI rows the item links come along, so a link is checked against them; findings
  // on those reports themselves belong to their own editors and are left out.
  const linked = portfolioEvidence.filter((e) => e.id !== meta.id && item.kpiLinks?.some((l) => l.evidenceId === e.id));
  const findings = runCoach({ catalogue, evidence: [item, ...linked], mappings });
  return linked.length > 0 ? findings.filter((f) => f.evidenceIds.includes(meta.id)) : findings;
}
