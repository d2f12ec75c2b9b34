import { z } from 'zod';
import { iqaRoundSchema } from '../iqa/round';
import { iqaRecordSchema } from '../records';
import { isoDateTime, signerKeySchema } from '../schemas';

/*
 * The IQA file (`.folio-iqa`, issue 9): one sampling round, its plan and sample, and every outcome the
 * IQA recorded in it, signed, with the keys that signed them. docs/iqa-file.md describes it.
 */

export const IQA_FILE_FORMAT = 'folio-iqa';
/** The version this build writes and reads. */
export const IQA_FILE_VERSION = 1;
export const IQA_FILE_EXTENSION = '.folio-iqa';

/** Most outcomes one file may hold: a round over a large college's whole year fits many times over. */
export const MAX_IQA_OUTCOMES = 20_000;

export const iqaFileSchema = z
  .object({
    format: z.literal(IQA_FILE_FORMAT),
    formatVersion: z.literal(IQA_FILE_VERSION),
    exportedAt: isoDateTime,
    appVersion: z.string().min(1).max(50),
    round: iqaRoundSchema,
    outcomes: z.array(iqaRecordSchema).max(MAX_IQA_OUTCOMES),
    keys: z.array(signerKeySchema).max(1_000),
  })
  .strict();

export type IqaFile = z.infer<typeof iqaFileSchema>;
