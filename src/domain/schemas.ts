import { z } from 'zod';
import { isCalendarDate, isIsoTimestamp } from './calendar';
import { kindFieldIssues, type KindFieldSource } from './evidence-kind-checks';
import { evidenceKindIds } from './evidence-kinds';

/** Limits every boundary shares: forms, attachments and imported files. */
export const LIMITS = {
  titleMax: 200,
  shortTextMax: 300,
  longTextMax: 20_000,
  tagsMax: 30,
  tagMax: 80,
  rationaleMax: 300,
  attachmentBytesMax: 10 * 1024 * 1024,
} as const;

/** A day that exists, as yyyy-mm-dd: forms, kind fields and imported files all go through this. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date, for example 22/11/2026')
  .refine(isCalendarDate, 'Enter a real date, for example 22/11/2026 (there is no such day)');
/** A moment as full ISO 8601 (date, time with seconds, and Z or an offset), as the app writes it. */
export const isoDateTime = z
  .string()
  .refine(isIsoTimestamp, 'Expected a date and time in ISO 8601 form, for example 2026-11-22T14:05:00Z');
const id = z.string().min(1).max(100);

const required = (what: string, max: number = LIMITS.shortTextMax) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Keep ${what} under ${max} characters`);

/** The fields a learner types when setting up a portfolio. */
export const portfolioInputSchema = z.object({
  learnerName: required('the learner’s name', 120),
  learnerNumber: required('the learner number', 40),
  centre: required('the centre or employer', 200),
  assessorName: required('the assessor’s name', 120),
  startDate: isoDate,
});

export const portfolioSchema = portfolioInputSchema.extend({
  id,
  qualificationId: z.string().min(1),
  /** The number the next evidence item will get; only ever grows, so references are never reused. */
  nextEvidenceNumber: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const customerTypes = ['external', 'internal', 'both', 'not-applicable'] as const;
export const customerTypeLabels: Record<CustomerType, string> = {
  external: 'External customers',
  internal: 'Internal customers (colleagues)',
  both: 'Both internal and external',
  'not-applicable': 'No customer involved',
};

const title = (text: z.ZodString) => text.min(1, 'Enter a title').max(LIMITS.titleMax, `Keep a title under ${LIMITS.titleMax} characters`);
const tagList = (tag: z.ZodString) =>
  z.array(tag.max(LIMITS.tagMax, `Keep each tag under ${LIMITS.tagMax} characters`)).max(LIMITS.tagsMax, `Use at most ${LIMITS.tagsMax} tags`);

/**
 * An evidence item's content, the one base of the form's input and of a stored item. It carries no
 * refinement, so that both can extend it (zod 4 carries a refinement along through `.extend()` and
 * refuses `.pick()`/`.omit()` on a refined schema); each adds the kind checks for its source.
 */
export const evidenceContentSchema = z.object({
  title: title(z.string()),
  kind: z.enum(evidenceKindIds, { message: 'Choose the kind of evidence' }),
  date: isoDate,
  customerType: z.enum(customerTypes, { message: 'Say whether the customers were internal or external' }),
  fields: z.record(z.string(), z.string().max(LIMITS.longTextMax, `Keep this under ${LIMITS.longTextMax} characters`)),
  reflection: z.string().max(LIMITS.longTextMax, `Keep the reflection under ${LIMITS.longTextMax} characters`),
  tags: tagList(z.string()),
});

/** Adds a kind's field checks to a schema's issues, for values from `source`. */
const checkKindFields =
  (source: KindFieldSource) =>
  (item: { kind: string; fields: Record<string, string> }, ctx: z.RefinementCtx): void => {
    for (const issue of kindFieldIssues(item.kind, item.fields, source)) ctx.addIssue({ code: 'custom', ...issue });
  };

/** What the evidence form edits, before the kind checks: the form applies those itself, so it shows every error at once. */
export const evidenceInputShape = evidenceContentSchema.extend({
  // What a learner types is trimmed first, so a title or tag of spaces alone is not one.
  title: title(z.string().trim()),
  tags: tagList(z.string().trim().min(1)),
});

/** What the evidence form edits. Field values are checked against the chosen kind's definitions. */
export const evidenceInputSchema = evidenceInputShape.superRefine(checkKindFields('entered'));

/** A stored item: the same content with its identity and history (keys in the order the app has always written them). */
export const evidenceSchema = z
  .object({
    id,
    portfolioId: id,
    /** 1 for E001; never reused within a portfolio. */
    number: z.number().int().min(1),
    ref: z.string().regex(/^E\d{3,}$/),
    ...evidenceContentSchema.shape,
    /** Increases on every save, so an assessor's decision can tell what it was based on. */
    version: z.number().int().min(1),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .superRefine(checkKindFields('stored'));

export const attachmentMetaSchema = z.object({
  id,
  portfolioId: id,
  evidenceId: id,
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  size: z.number().int().min(0).max(LIMITS.attachmentBytesMax),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTime,
});

export const rationaleSchema = z
  .string()
  .trim()
  .min(1, 'Say in one line how this item shows the marking point')
  .max(LIMITS.rationaleMax, `Keep the rationale under ${LIMITS.rationaleMax} characters`)
  .refine((s) => !/[\r\n]/.test(s), 'Keep the rationale to one line');

export const mappingSchema = z.object({
  id,
  portfolioId: id,
  evidenceId: id,
  markingPointId: z.string().min(1),
  rationale: z.string().max(LIMITS.rationaleMax),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const decisionSchema = z.object({
  id,
  portfolioId: id,
  markingPointId: z.string().min(1),
  outcome: z.enum(['met', 'not-yet-met']),
  feedback: z.string().max(LIMITS.longTextMax),
  assessorName: z.string().min(1).max(120),
  decidedAt: isoDateTime,
  /** The evidence versions the decision was based on: evidence id → version. */
  basedOn: z.record(z.string(), z.number().int().min(1)),
});

export const auditEntrySchema = z.object({
  id,
  portfolioId: id,
  at: isoDateTime,
  role: z.enum(['learner', 'assessor', 'tutor']),
  name: z.string().max(120),
  action: z.string().min(1).max(100),
  detail: z.string().max(1000),
});

export type PortfolioInput = z.infer<typeof portfolioInputSchema>;
export type Portfolio = z.infer<typeof portfolioSchema>;
export type CustomerType = (typeof customerTypes)[number];
export type EvidenceInput = z.infer<typeof evidenceInputSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
export type Mapping = z.infer<typeof mappingSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
