import { z } from 'zod';
import { kindFieldIssues } from './evidence-kind-checks';
import { iqaOutcomes } from './iqa/outcomes';
import { evidenceContentSchema, isoDateTime, LIMITS, personSchema, signatureSchema } from './schemas';

/*
 * The append-only records of a portfolio (issue 8). Nothing here is ever edited in place: a change is a
 * new record, so two devices' copies merge by union (src/domain/merge.ts) and signatures stay valid.
 *
 * - EvidenceVersion: every saved state of an evidence item, with the hashes an assessor's decision binds to.
 *   The `evidence` and `mappings` tables hold the current state, derived from the versions.
 * - PortfolioRecord: everything else that happens to a portfolio besides evidence and decisions.
 */

const id = z.string().min(1).max(100);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in lowercase hex');
const unitId = z.string().min(1).max(50);
const pointId = z.string().min(1).max(50);

/** The content a learner edits, as a version keeps it (the same fields and limits as the item itself). */
export const versionContentSchema = evidenceContentSchema.superRefine((item, ctx) => {
  for (const issue of kindFieldIssues(item.kind, item.fields, 'stored')) ctx.addIssue({ code: 'custom', ...issue });
});
export type VersionContent = z.infer<typeof versionContentSchema>;

/**
 * One saved state of an evidence item. `contentHash` covers the learner's content and the attachments'
 * SHA-256 (src/domain/evidence-hash.ts); `pointHashes` adds, per mapped marking point, that point's
 * rationale, so a decision binds to what it judged and to nothing else.
 */
export const evidenceVersionSchema = z.object({
  id,
  portfolioId: id,
  evidenceId: id,
  /** The item's number (E001 is 1), the same in all its versions. */
  number: z.number().int().min(1),
  /** 1, 2, 3 … in the order saved on one device; two devices' edits may share a number. */
  version: z.number().int().min(1),
  /** The versions this one follows: none for the first, two when a conflict was resolved. */
  parents: z.array(id).max(20),
  /**
   * Tombstones of this item that a person saw and chose to keep the item after (issue 8: an edit made
   * after a delete is shown to the user until they settle it). Absent on almost every version.
   */
  keptAfterDelete: z.array(id).max(20).optional(),
  savedAt: isoDateTime,
  author: personSchema,
  content: versionContentSchema,
  /** The attachments of this version, by attachment id (their bytes live once, in the attachments table). */
  attachments: z.array(z.object({ id, sha256: sha256Hex })).max(500),
  mappings: z.array(z.object({ markingPointId: pointId, rationale: z.string().max(LIMITS.rationaleMax) })).max(500),
  contentHash: sha256Hex,
  /** Marking point id → the hash a decision on that point records. */
  pointHashes: z.record(pointId, sha256Hex),
  /**
   * Only in a redacted copy (issue 10): the content has masks in place of customers' details, and the
   * hashes above are the stored version's, kept so a decision made on the copy binds to the original.
   */
  redacted: z.literal(true).optional(),
});
export type EvidenceVersion = z.infer<typeof evidenceVersionSchema>;

const recordBase = {
  id,
  portfolioId: id,
  at: isoDateTime,
  by: personSchema,
  signature: signatureSchema.optional(),
};

/** The learner says a unit's evidence is complete (or, with `ready: false`, takes that back). */
export const readyRecordSchema = z.object({ ...recordBase, type: z.literal('ready'), unitId, ready: z.boolean() });

/** An assessor's comment on one evidence item. */
export const commentRecordSchema = z.object({
  ...recordBase,
  type: z.literal('comment'),
  evidenceId: id,
  /** The version commented on. */
  versionId: id,
  text: z.string().trim().min(1).max(LIMITS.longTextMax),
});

/** An assessor signs a unit off: every marking point met, by the decisions named. Signed. */
export const signOffRecordSchema = z.object({
  ...recordBase,
  type: z.literal('sign-off'),
  unitId,
  declaration: z.string().min(1).max(2000),
  decisionIds: z.array(id).min(1).max(200),
  /** A second, named assessor must countersign (for an assessor in training). */
  countersignBy: z.string().trim().min(1).max(120).optional(),
});

/** The second assessor's countersignature of a sign-off. Signed. */
export const countersignRecordSchema = z.object({
  ...recordBase,
  type: z.literal('countersign'),
  signOffId: id,
  declaration: z.string().min(1).max(2000),
});

/** An assessor unlocks an item of a signed-off unit for the learner to change, with a reason. Signed. */
export const unlockRecordSchema = z.object({
  ...recordBase,
  type: z.literal('unlock'),
  evidenceId: id,
  reason: z.string().trim().min(1).max(2000),
});

/** The learner's declaration of authenticity, made at export over the versions exported. Signed. */
export const declarationRecordSchema = z.object({
  ...recordBase,
  type: z.literal('declaration'),
  text: z.string().min(1).max(2000),
  /** Evidence id → the version id declared. */
  versions: z.record(id, id),
});

/** A signer's new key, announced and signed with the old one (the new key's record travels in `keys`). Signed. */
export const keyChangeRecordSchema = z.object({
  ...recordBase,
  type: z.literal('key-change'),
  oldFingerprint: sha256Hex,
  newFingerprint: sha256Hex,
});

/**
 * An evidence item deleted: the versions it removes. A version saved elsewhere and not listed here
 * survives a merge, and the item comes back flagged as edited after deletion.
 */
export const tombstoneRecordSchema = z.object({
  ...recordBase,
  type: z.literal('tombstone'),
  evidenceId: id,
  versionIds: z.array(id).min(1).max(10_000),
});

/**
 * An internal quality assurer's outcome on one sampled assessor decision, made in a sampling round
 * (issue 9). Signed. A later outcome on the same decision in the same round supersedes an earlier one.
 */
export const iqaRecordSchema = z
  .object({
    ...recordBase,
    type: z.literal('iqa'),
    /** The sampling round it was made in (the IQA file carries the round's plan and sample). */
    roundId: id,
    decisionId: id,
    markingPointId: pointId,
    outcome: z.enum(iqaOutcomes),
    comment: z.string().trim().max(LIMITS.longTextMax),
  })
  // An assessor told to act, or disagreed with, is told why.
  .refine((r) => r.outcome === 'agreed' || r.comment.length > 0, { path: ['comment'], message: 'Say what the assessor should do, or why you disagree' });

/**
 * The learner dismisses one of the coach's findings on an item, with a reason (issue 10). Unsigned, like
 * `ready`: it is the learner's note, shown to the assessor beside the item, not a judgement. A later
 * dismissal of the same check on the same item supersedes an earlier one.
 */
export const coachDismissalRecordSchema = z.object({
  ...recordBase,
  type: z.literal('coach-dismissal'),
  checkId: z.string().min(1).max(60),
  evidenceId: id,
  reason: z.string().trim().min(1).max(LIMITS.coachDismissalReasonMax),
});

export const portfolioRecordSchema = z.discriminatedUnion('type', [
  readyRecordSchema,
  commentRecordSchema,
  signOffRecordSchema,
  countersignRecordSchema,
  unlockRecordSchema,
  declarationRecordSchema,
  keyChangeRecordSchema,
  tombstoneRecordSchema,
  iqaRecordSchema,
  coachDismissalRecordSchema,
]);
export type PortfolioRecord = z.infer<typeof portfolioRecordSchema>;
export type RecordType = PortfolioRecord['type'];
export type RecordOf<T extends RecordType> = Extract<PortfolioRecord, { type: T }>;

/** The record types that must carry a signature to count. */
export const SIGNED_RECORD_TYPES: readonly RecordType[] = ['sign-off', 'countersign', 'unlock', 'declaration', 'key-change', 'iqa'];
