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
  // A dismissal's reason is a short note for the assessor, not an essay.
  coachDismissalReasonMax: 200,
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

/** A short entry a learner picks or types: a factor, a feedback technique, an act or a policy name. */
const listEntry = z.string().trim().min(1, 'Enter a name').max(LIMITS.tagMax, `Keep each entry under ${LIMITS.tagMax} characters`);
const entryList = z.array(listEntry).max(LIMITS.tagsMax, `Use at most ${LIMITS.tagsMax} entries`);

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
  /**
   * The legislation and the organisation's standards and policies the learner tags evidence with
   * (format 4; absent before). The suggested acts (src/domain/legislation.ts) need not be listed here.
   */
  legislation: entryList.optional(),
  policies: entryList.optional(),
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

/*
 * Structured content added in format 4 (issue 10). Every one is optional and absent when empty, so an
 * item saved before keeps its shape and its content hash (src/domain/evidence-hash.ts leaves an absent
 * or empty one out of what it hashes).
 */


/**
 * One KPI as a performance report records it: what is measured and in what unit, the baseline with its
 * date, the target, and the result with its date once there is one (both or neither).
 */
export const kpiRowSchema = z
  .object({
    /** Stable within the item, so that an improvement item can link this row (kpiLinks). */
    id,
    measure: z.string().trim().min(1, 'Name the measure, for example “average reply time”').max(LIMITS.shortTextMax, `Keep the measure under ${LIMITS.shortTextMax} characters`),
    unit: z.string().trim().min(1, 'Give the unit, for example “hours” or “%”').max(40, 'Keep the unit under 40 characters'),
    baseline: z.number().finite(),
    baselineDate: isoDate,
    target: z.number().finite(),
    result: z.number().finite().optional(),
    resultDate: isoDate.optional(),
  })
  .refine((r) => (r.result === undefined) === (r.resultDate === undefined), {
    message: 'Give the result and the date it was measured, or neither',
    path: ['resultDate'],
  });
export type KpiRow = z.infer<typeof kpiRowSchema>;

/** An improvement's claim that it moved a KPI: the performance report's item id and the row's id. */
export const kpiLinkSchema = z.object({ evidenceId: id, kpiId: id });
export type KpiLink = z.infer<typeof kpiLinkSchema>;

/** The plan-do-review cycle's stages, in order (seed 004: identify need → agree standards → deliver → monitor → evaluate → improve). */
export const cycleStages = ['identify-need', 'agree-standards', 'deliver', 'monitor', 'evaluate', 'improve'] as const;
export type CycleStage = (typeof cycleStages)[number];
/** One item's place in a named plan-do-review cycle; an item may take part in more than one. */
export const cycleLinkSchema = z.object({
  cycle: listEntry,
  stage: z.enum(cycleStages, { message: 'Choose the stage of the cycle' }),
});
export type CycleLink = z.infer<typeof cycleLinkSchema>;

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
  fields: z.record(z.string(), z.string().max(LIMITS.longTextMax, `Keep this under ${LIMITS.longTextMax.toLocaleString('en-GB')} characters`)),
  reflection: z.string().max(LIMITS.longTextMax, `Keep the reflection under ${LIMITS.longTextMax.toLocaleString('en-GB')} characters`),
  tags: tagList(z.string()),
  /** Factors that affect service (unit on principles), chosen or typed: counted by the coach, not guessed from prose. */
  factors: entryList.optional(),
  /** Techniques used to gather feedback (unit on managing relations), chosen or typed. */
  feedbackTechniques: entryList.optional(),
  /** Legislation this item shows working within, from the portfolio's list (Portfolio.legislation). */
  legislation: entryList.optional(),
  /** The organisation's own standards and policies this item refers to, from the portfolio's list (Portfolio.policies). */
  policies: entryList.optional(),
  /** A performance report's KPIs as rows. */
  kpiRows: z.array(kpiRowSchema).max(50, 'Keep a report to 50 KPIs or fewer').optional(),
  /** KPI rows (in performance reports) this item claims to have moved. */
  kpiLinks: z.array(kpiLinkSchema).max(50).optional(),
  /** The plan-do-review cycles this item is a stage of. */
  cycles: z.array(cycleLinkSchema).max(20).optional(),
});

/** The optional structured parts of an item's content (format 4), in the order they are written. */
export const structuredContentKeys = ['factors', 'feedbackTechniques', 'legislation', 'policies', 'kpiRows', 'kpiLinks', 'cycles'] as const;

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
    /** The saved version (EvidenceVersion.id) this row shows: the item's current state. */
    versionId: id,
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

/** Who did something: what they are to the portfolio, and their name as they gave it. */
export const roles = ['learner', 'assessor', 'tutor'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, string> = {
  learner: 'Learner',
  assessor: 'Assessor',
  tutor: 'Tutor or internal quality assurer (IQA)',
};
export const personSchema = z.object({
  role: z.enum(roles),
  name: z.string().trim().min(1).max(120),
});
export type Person = z.infer<typeof personSchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in lowercase hex');
const base64url = (max: number) => z.string().regex(/^[A-Za-z0-9_-]+$/, 'Expected base64url text').max(max);

/**
 * A signature over a record (see src/domain/signing): the record without its `signature`, as RFC 8785
 * canonical JSON, signed by the key whose fingerprint is named. `alg` is recorded so that another
 * algorithm (Ed25519) can follow without a format break.
 */
export const signatureSchema = z.object({
  alg: z.literal('ECDSA-P256-SHA256'),
  /** SHA-256 of the signer's public key as canonical JWK: see `keyFingerprint`. */
  keyFingerprint: sha256Hex,
  /** The raw (r‖s) signature, 64 bytes, as base64url. */
  value: base64url(200),
});
export type Signature = z.infer<typeof signatureSchema>;

/** An ECDSA P-256 public key as JWK, with nothing but its curve point. */
export const publicKeySchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url(64), y: base64url(64) })
  .strict();
export type PublicKeyJwk = z.infer<typeof publicKeySchema>;

/** A signer's public key as it travels in a file and is kept on a device. */
export const signerKeySchema = z.object({
  fingerprint: sha256Hex,
  publicKey: publicKeySchema,
  signer: personSchema,
  createdAt: isoDateTime,
});
export type SignerKey = z.infer<typeof signerKeySchema>;

export const decisionOutcomes = ['met', 'partially-met', 'not-yet-met'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  met: 'Met',
  'partially-met': 'Partially met',
  'not-yet-met': 'Not yet met',
};

export const assessmentMethods = [
  'observation',
  'professional-discussion',
  'witness-testimony',
  'product-evidence',
  'question-and-answer',
  'reflective-account',
  'other',
] as const;
export type AssessmentMethod = (typeof assessmentMethods)[number];
export const assessmentMethodLabels: Record<AssessmentMethod, string> = {
  observation: 'Observation',
  'professional-discussion': 'Professional discussion',
  'witness-testimony': 'Witness testimony',
  'product-evidence': 'Product evidence',
  'question-and-answer': 'Question and answer',
  'reflective-account': 'Reflective account',
  other: 'Other',
};

/** One evidence version a decision was based on, bound by the hash of what the assessor saw. */
export const decisionBasisSchema = z.object({
  evidenceId: id,
  /** The version judged; absent only in decisions migrated from format 1, which named a version number. */
  versionId: id.optional(),
  version: z.number().int().min(1).optional(),
  /**
   * That version's point hash for the decided marking point (EvidenceVersion.pointHashes), or, for an
   * item the assessor added that is not mapped to the point, its content hash (EvidenceVersion.contentHash).
   */
  hash: sha256Hex.optional(),
  /** The assessor added this item though the learner had not mapped it to the point. */
  unmapped: z.literal(true).optional(),
});
export type DecisionBasis = z.infer<typeof decisionBasisSchema>;

/**
 * An assessor's decision on one marking point. Append-only: a new decision on the same point
 * supersedes the old one (the latest by `decidedAt`, then id, is current); nothing is edited in place.
 */
export const decisionSchema = z.object({
  id,
  portfolioId: id,
  markingPointId: z.string().min(1).max(50),
  outcome: z.enum(decisionOutcomes),
  feedback: z.string().max(LIMITS.longTextMax),
  methods: z.array(z.enum(assessmentMethods)).max(assessmentMethods.length),
  basedOn: z.array(decisionBasisSchema).max(2000),
  assessor: personSchema,
  decidedAt: isoDateTime,
  /** The decision this one replaces, when the assessor decided the point again. */
  supersedes: id.optional(),
  /** Absent on decisions from format 1 files: shown as "unsigned" and never counted as met. */
  signature: signatureSchema.optional(),
});

export const auditEntrySchema = z.object({
  id,
  portfolioId: id,
  at: isoDateTime,
  role: z.enum(roles),
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
