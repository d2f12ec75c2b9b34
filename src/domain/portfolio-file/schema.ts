import { z } from 'zod';
import {
  attachmentMetaSchema,
  auditEntrySchema,
  decisionSchema,
  evidenceSchema,
  isoDateTime,
  mappingSchema,
  portfolioSchema,
  signerKeySchema,
} from '../schemas';
import { evidenceVersionSchema, portfolioRecordSchema } from '../records';
import { FOLIO_FORMAT } from './layout';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in lowercase hex');

/** Read first, on its own, to learn whether this is a .folio file at all and which version. */
export const manifestHeaderSchema = z.object({
  format: z.literal(FOLIO_FORMAT),
  /** Any number here: which versions this app reads is decided by ./migrations, with a message that says so. */
  formatVersion: z.number(),
});

export const manifestSchema = manifestHeaderSchema.extend({
  formatVersion: z.number().int().min(1),
  appVersion: z.string().min(1).max(50),
  createdAt: isoDateTime,
  portfolioId: z.string().min(1).max(100),
  /** Every other entry of the zip: path → its SHA-256 and size in bytes. */
  entries: z.record(z.string(), z.object({ sha256, size: z.number().int().min(0) })),
});

/** portfolio.json: everything the portfolio owns except the attachment bytes, which are entries of their own. */
export const folioDataSchema = z.object({
  portfolio: portfolioSchema,
  evidence: z.array(evidenceSchema),
  mappings: z.array(mappingSchema),
  decisions: z.array(decisionSchema),
  audit: z.array(auditEntrySchema),
  attachments: z.array(attachmentMetaSchema),
  /** Format 2: every saved version of every item; `evidence` and `mappings` are what the current ones give. */
  versions: z.array(evidenceVersionSchema),
  /** Format 2: ready marks, comments, sign-offs, countersignatures, unlocks, declarations, key changes, tombstones. */
  records: z.array(portfolioRecordSchema),
  /** Format 2: the public key of everyone who signed a decision or record here. */
  keys: z.array(signerKeySchema),
  /**
   * Format 4, issue 10: the file is a redacted copy. Only then may versions be marked `redacted`, and
   * their hashes are not recomputed from their (masked) content.
   */
  redacted: z.literal(true).optional(),
});

export type FolioManifest = z.infer<typeof manifestSchema>;
export type FolioData = z.infer<typeof folioDataSchema>;
