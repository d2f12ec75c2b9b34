import type { FieldErrors } from 'react-hook-form';
import { findKind } from '../../domain/evidence-kinds';
import { tooLongMessage } from '../../domain/long-text';
import { LIMITS } from '../../domain/schemas';
import type { EvidenceFormValues } from './form-values';

/** The KPI row cells in table order, with their column names for the summary. */
const kpiCells = [
  ['measure', 'measure'],
  ['unit', 'unit'],
  ['baseline', 'before'],
  ['baselineDate', 'date before'],
  ['target', 'target'],
  ['result', 'after'],
  ['resultDate', 'date after'],
] as const;

export interface FormError {
  /** The form control's name, so the summary can link to it. */
  name: string;
  message: string;
}

function tagsError(errors: FieldErrors<EvidenceFormValues>): string | undefined {
  const tags = errors.tags;
  if (!tags) return undefined;
  if (tags.message) return tags.message;
  return Array.isArray(tags) ? tags.find((t) => t?.message)?.message : undefined;
}

/**
 * A long text's error as the summary says it: over the limit, the field's label and both figures
 * (the summary sits far from the field, so "Keep this under…" alone would not say which).
 */
function longTextError(label: string, value: string | undefined, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const length = value?.length ?? 0;
  return length > LIMITS.longTextMax ? tooLongMessage(label, length) : message;
}

/** Every error of the form, in the order the fields appear, for the summary above the form. */
export function errorList(errors: FieldErrors<EvidenceFormValues>, values: Pick<EvidenceFormValues, 'kind' | 'mappings' | 'fields' | 'reflection'>): FormError[] {
  const list: FormError[] = [];
  const push = (name: string, message: string | undefined) => {
    if (message) list.push({ name, message });
  };
  push('title', errors.title?.message);
  push('kind', errors.kind?.message);
  push('date', errors.date?.message);
  push('customerType', errors.customerType?.message);
  for (const field of findKind(values.kind)?.fields ?? []) {
    const message = errors.fields?.[field.name]?.message;
    push(`fields.${field.name}`, field.type === 'textarea' ? longTextError(field.label, values.fields[field.name], message) : message);
  }
  push('kpiRows', errors.kpiRows?.message);
  const kpiErrors = errors.kpiRows;
  if (Array.isArray(kpiErrors)) {
    kpiErrors.forEach((row: (typeof kpiErrors)[number], i: number) => {
      for (const [key, label] of kpiCells) push(`kpiRows.${i}.${key}`, row?.[key]?.message && `KPI ${i + 1}, ${label}: ${row[key]?.message}`);
    });
  }
  push('reflection', longTextError('The reflection', values.reflection, errors.reflection?.message));
  push('tags', tagsError(errors));
  values.mappings.forEach((m, i) => {
    const e = errors.mappings?.[i];
    push(`mappings.${i}.markingPointId`, e?.markingPointId?.message && `${m.markingPointId}: ${e.markingPointId.message}`);
    push(`mappings.${i}.rationale`, e?.rationale?.message && `${m.markingPointId}: ${e.rationale.message}`);
  });
  return list;
}
