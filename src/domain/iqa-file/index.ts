import { z } from 'zod';
import { iqaRecordSchema } from '../records';
import { isoDateTime, signerKeySchema, type SignerKey } from '../schemas';
import { signerIdOf } from '../signers';
import { checkSignatures } from '../signing/status';
import { iqaRoundSchema, type IqaRound } from '../iqa/round';
import type { IqaRecord } from '../iqa/report';
import { shortForMessage } from '../short-for-message';

/*
 * The IQA file (.folio-iqa): one sampling round and its signed outcomes. H4 owns this module and its
 * documentation; this is the smallest version the IQA screens need until H4's lands.
 */

export const IQA_FILE_FORMAT = 'folio-iqa';
export const IQA_FILE_VERSION = 1;
export const IQA_FILE_MAX_BYTES = 20 * 1024 * 1024;

const iqaFileSchema = z.object({
  format: z.literal(IQA_FILE_FORMAT),
  formatVersion: z.literal(IQA_FILE_VERSION),
  exportedAt: isoDateTime,
  appVersion: z.string().max(50),
  round: iqaRoundSchema,
  outcomes: z.array(iqaRecordSchema).max(20_000),
  keys: z.array(signerKeySchema).max(1_000),
});

export interface IqaFile {
  format: typeof IQA_FILE_FORMAT;
  formatVersion: typeof IQA_FILE_VERSION;
  exportedAt: string;
  appVersion: string;
  round: IqaRound;
  outcomes: IqaRecord[];
  keys: SignerKey[];
}

export type IqaFileErrorCode = 'too-large' | 'not-json' | 'not-iqa-file' | 'newer-version' | 'invalid' | 'bad-signature' | 'not-in-round';
export type IqaFileDecodeResult = { ok: true; file: IqaFile } | { ok: false; error: { code: IqaFileErrorCode; message: string } };

export function encodeIqaFile(file: IqaFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(file, null, 2));
}

const refuse = (code: IqaFileErrorCode, message: string): IqaFileDecodeResult => ({ ok: false, error: { code, message } });

export async function decodeIqaFile(bytes: Uint8Array, limits: { maxBytes: number } = { maxBytes: IQA_FILE_MAX_BYTES }): Promise<IqaFileDecodeResult> {
  if (bytes.byteLength > limits.maxBytes) return refuse('too-large', 'This IQA file is larger than Folio accepts. Ask the IQA to export the round again.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('not-json', 'This is not a Folio IQA file: it is not readable JSON text. Choose the .folio-iqa file the quality assurer exported.');
  }
  const head = z.object({ format: z.literal(IQA_FILE_FORMAT), formatVersion: z.number() }).safeParse(json);
  if (!head.success) return refuse('not-iqa-file', 'This is not a Folio IQA file. Choose the .folio-iqa file the quality assurer exported.');
  if (head.data.formatVersion > IQA_FILE_VERSION) return refuse('newer-version', 'This IQA file was made by a newer version of Folio. Update Folio, then import it again.');
  const parsed = iqaFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('invalid', `This IQA file is damaged: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'it does not match the format'}.`);
  }
  const file = parsed.data;
  const sampled = new Set(file.round.lines.map((l) => `${l.portfolioId}:${l.decisionId}`));
  for (const o of file.outcomes) {
    if (o.roundId !== file.round.id || !sampled.has(`${o.portfolioId}:${o.decisionId}`)) {
      return refuse('not-in-round', 'This IQA file holds an outcome on a decision its round did not sample. Ask the IQA to export the round again.');
    }
  }
  const keys = file.keys.map((k) => ({ ...k, signerId: signerIdOf(k.signer), firstSeenAt: file.exportedAt, confirmed: null }));
  const checks = await checkSignatures(file.outcomes, keys);
  for (const o of file.outcomes) {
    const status = checks.get(o.id)?.status;
    if (status !== 'not-confirmed' && status !== 'confirmed') {
      return refuse('bad-signature', `The outcome by ${shortForMessage(o.by.name, 60)} on ${shortForMessage(o.markingPointId, 20)} does not carry a valid signature. Ask the IQA to export the round again.`);
    }
  }
  return { ok: true, file };
}
