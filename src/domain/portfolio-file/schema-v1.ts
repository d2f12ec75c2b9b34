import { z } from 'zod';
import { attachmentMetaSchema, auditEntrySchema, evidenceContentSchema, isoDateTime, LIMITS, mappingSchema, portfolioSchema } from '../schemas';

/*
 * portfolio.json as format version 1 wrote it (before issue 8): no versions, records or keys; evidence
 * without `versionId`; decisions with an assessor's name, no method, and version numbers as their basis.
 * Read only by the 1 → 2 migration, which checks this shape before turning it into version 2 (the kind
 * checks and everything else run on the result, with the version 2 schema).
 */

const id = z.string().min(1).max(100);

const evidenceV1Schema = z.object({
  id,
  portfolioId: id,
  number: z.number().int().min(1),
  ref: z.string().regex(/^E\d{3,}$/),
  ...evidenceContentSchema.shape,
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const decisionV1Schema = z.object({
  id,
  portfolioId: id,
  markingPointId: z.string().min(1).max(50),
  outcome: z.enum(['met', 'not-yet-met']),
  feedback: z.string().max(LIMITS.longTextMax),
  assessorName: z.string().max(120),
  decidedAt: isoDateTime,
  /** Evidence id → the item's version number the decision was based on. */
  basedOn: z.record(id, z.number().int().min(1)),
});

export const folioDataV1Schema = z.object({
  portfolio: portfolioSchema,
  evidence: z.array(evidenceV1Schema),
  mappings: z.array(mappingSchema),
  decisions: z.array(decisionV1Schema),
  audit: z.array(auditEntrySchema),
  attachments: z.array(attachmentMetaSchema),
});

export type FolioDataV1 = z.infer<typeof folioDataV1Schema>;
