import { z } from 'zod';
import { kindFieldIssues } from '../../domain/evidence-kind-checks';
import { findKind, kindLists } from '../../domain/evidence-kinds';
import { structuredListKeys, type StructuredListKey } from '../../domain/structured-lists';
import { evidenceInputShape, rationaleSchema, type Evidence, type EvidenceInput, type Mapping } from '../../domain/schemas';
import { allMarkingPoints, isMarkingPointId } from '../../catalogue';
import type { MappingInput } from '../../db';
import { kpiFormShape, kpiFormValuesOf, kpiInputOf } from './kpi-form-values';

/** What the editor holds while the learner types: plain strings, checked only on submit. */
const formValuesShape = z.object({
  title: z.string(),
  kind: z.string(),
  date: z.string(),
  customerType: z.string(),
  fields: z.record(z.string(), z.string()),
  reflection: z.string(),
  tags: z.array(z.string()),
  mappings: z.array(z.object({ markingPointId: z.string(), rationale: z.string() })),
  // Issue 10's ticked lists: each absent when empty, as in a stored item.
  factors: z.array(z.string()).optional(),
  feedbackTechniques: z.array(z.string()).optional(),
  legislation: z.array(z.string()).optional(),
  policies: z.array(z.string()).optional(),
  /** Plan-do-review cycle stages (format 4); absent when none, so drafts saved before still read. */
  cycles: z.array(z.object({ cycle: z.string(), stage: z.string() })).optional(),
  ...kpiFormShape,
});

export type EvidenceFormValues = z.infer<typeof formValuesShape>;

export interface EvidenceFormOutput {
  input: EvidenceInput;
  mappings: MappingInput[];
}

const mappingsSchema = z.array(
  z.object({
    markingPointId: z.string().refine(isMarkingPointId, 'Choose a marking point from the qualification'),
    rationale: rationaleSchema,
  }),
);

/** Only the fields the chosen kind defines are kept, so a change of kind leaves nothing stale behind. */
export function pickKindFields(kind: string, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries((findKind(kind)?.fields ?? []).map((f) => [f.name, fields[f.name] ?? '']));
}

type ListValues = Partial<Pick<EvidenceFormValues, StructuredListKey>>;

function withoutLists<T extends ListValues>(values: T): Omit<T, StructuredListKey> {
  const { factors: _f, feedbackTechniques: _t, legislation: _l, policies: _p, ...rest } = values;
  return rest;
}

/**
 * The ticked lists to keep: legislation and policies on any kind, factors and feedback techniques only
 * where the kind offers them (so a change of kind leaves none stale behind); each absent when empty.
 */
export function pickLists(kind: string, values: ListValues): ListValues {
  const offered = new Set<StructuredListKey>([...kindLists(kind), 'legislation', 'policies']);
  const out: ListValues = {};
  for (const key of structuredListKeys) {
    const list = (values[key] ?? []).map((e) => e.trim()).filter((e) => e !== '');
    if (offered.has(key) && list.length > 0) out[key] = list;
  }
  return out;
}

/** The editor's one schema: the shared evidence input, its kind checks, plus a rationale for every chosen marking point. */
export const evidenceFormSchema = formValuesShape.transform((values, ctx): EvidenceFormOutput => {
  const fields = pickKindFields(values.kind, values.fields);
  // An empty list is left out, as the stored content leaves it out (src/domain/structured-content.ts).
  // KPI rows are typed as text: they are read into numbers first, each bad cell reported on its own.
  const { cycles, kpiRows: _kpiRows, kpiLinks: _kpiLinks, ...rest } = withoutLists(values);
  const kpi = kpiInputOf(values.kind, fields, values);
  const item = evidenceInputShape.safeParse({ ...rest, fields, ...pickLists(values.kind, values), ...(cycles?.length ? { cycles } : {}), ...kpi.content });
  const itemIssues = [...(item.success ? [] : item.error.issues), ...kpi.issues];
  // The kind checks run here whatever else is wrong, so every error shows on the first submit; a field
  // already over its length limit is reported for that alone.
  const fieldIssues = itemIssues.some((i) => i.path[0] === 'fields') ? [] : kindFieldIssues(values.kind, fields, 'entered');
  const mappings = mappingsSchema.safeParse(values.mappings);
  const mappingIssues = mappings.success ? [] : mappings.error.issues.map((i) => ({ ...i, path: ['mappings', ...i.path] }));
  const issues = [...itemIssues, ...mappingIssues, ...fieldIssues];
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  if (!item.success || !mappings.success || fieldIssues.length > 0 || kpi.issues.length > 0) return z.NEVER;
  return { input: item.data, mappings: mappings.data };
});

/** Today as YYYY-MM-DD in the learner's own time zone. */
export function todayIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A blank form; `point` (from a gap's "Add evidence" link) starts it mapped to that marking point. */
export function emptyFormValues(today: string, point?: string | null): EvidenceFormValues {
  const mappings = point && isMarkingPointId(point) ? [{ markingPointId: point, rationale: '' }] : [];
  return { title: '', kind: '', date: today, customerType: '', fields: {}, reflection: '', tags: [], mappings };
}

function pointOrder(markingPointId: string): number {
  return allMarkingPoints.findIndex((mp) => mp.id === markingPointId);
}

export function formValuesOf(item: Evidence, mappings: readonly Mapping[]): EvidenceFormValues {
  return {
    title: item.title,
    kind: item.kind,
    date: item.date,
    customerType: item.customerType,
    fields: pickKindFields(item.kind, item.fields),
    reflection: item.reflection,
    tags: [...item.tags],
    ...pickLists(item.kind, item),
    ...kpiFormValuesOf(item),
    mappings: mappings
      .filter((m) => m.evidenceId === item.id)
      .sort((a, b) => pointOrder(a.markingPointId) - pointOrder(b.markingPointId))
      .map((m) => ({ markingPointId: m.markingPointId, rationale: m.rationale })),
    ...(item.cycles?.length ? { cycles: item.cycles.map((c) => ({ cycle: c.cycle, stage: c.stage })) } : {}),
  };
}

/**
 * Key order does not matter: values built in different ways still compare equal. An empty list counts as
 * absent, as the structured lists (format 4) are absent when empty in a stored item.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Reads values back from a stored draft, which is untyped data from the database. */
export function parseFormValues(value: unknown): EvidenceFormValues | undefined {
  const result = formValuesShape.safeParse(value);
  return result.success ? result.data : undefined;
}
