import { MB } from '../byte-sizes';
import { lineKey } from '../iqa/sample-line';
import { shortForMessage } from '../short-for-message';
import { verifySnapshot } from '../signing/verify-snapshot';
import type { SignatureCheck } from '../signing/status';
import { iqaFileErrors, type IqaFileError } from './errors';
import { IQA_FILE_FORMAT, IQA_FILE_VERSION, iqaFileSchema, type IqaFile } from './format';

/** An IQA file is JSON text: outcomes and a plan, no attachments. 20 MB holds tens of thousands of outcomes. */
export const DEFAULT_IQA_FILE_MAX_BYTES = 20 * MB;

export interface IqaFileLimits {
  maxBytes?: number;
}

export type IqaFileReading =
  | {
      ok: true;
      file: IqaFile;
      /** Each outcome's signature as a device that never saw these keys would see it. */
      checks: Map<string, SignatureCheck>;
    }
  | { ok: false; error: IqaFileError };

const refuse = (error: IqaFileError): IqaFileReading => ({ ok: false, error });

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false };
  }
}

/** "round.lines[3].reasons" from a zod path. */
function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : `${s}${s ? '.' : ''}${String(p)}`), '');
}

/**
 * Reads an IQA file's bytes, treating them as hostile: the size first, then the JSON, its header, every
 * field, that each outcome belongs to a decision the round sampled, and every signature. Nothing is
 * written anywhere; the first fault refuses the whole file with a named reason.
 */
export async function decodeIqaFile(bytes: Uint8Array, limits: IqaFileLimits = {}): Promise<IqaFileReading> {
  const maxBytes = limits.maxBytes ?? DEFAULT_IQA_FILE_MAX_BYTES;
  if (bytes.length > maxBytes) return refuse(iqaFileErrors.tooLarge(bytes.length, maxBytes));
  // A zip's first bytes: someone chose a portfolio file.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return refuse(iqaFileErrors.portfolioFile());
  const json = parseJson(bytes);
  if (!json.ok) return refuse(iqaFileErrors.notJson());
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(iqaFileErrors.notIqaFile());
  const format = 'format' in raw ? raw.format : undefined;
  if (format !== IQA_FILE_FORMAT) return refuse(iqaFileErrors.notIqaFile(typeof format === 'string' ? format : undefined));
  const version = 'formatVersion' in raw ? raw.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > IQA_FILE_VERSION) return refuse(iqaFileErrors.newerVersion(version));
  if (version !== IQA_FILE_VERSION) return refuse(iqaFileErrors.unknownVersion());

  const parsed = iqaFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(iqaFileErrors.invalid(where(issue?.path ?? []), issue?.message ?? 'not in the expected form'));
  }
  const file = parsed.data;
  const consistency = checkRound(file);
  if (consistency) return refuse(consistency);

  const unsigned = file.outcomes.find((o) => o.signature === undefined);
  if (unsigned) return refuse(iqaFileErrors.badSignature(`the outcome on ${shortForMessage(unsigned.markingPointId, 20)} by ${shortForMessage(unsigned.by.name, 60)} is not signed.`));
  const verified = await verifySnapshot({ decisions: [], records: file.outcomes, keys: file.keys, evidence: [] });
  if (!verified.ok) return refuse(iqaFileErrors.badSignature(verified.message));
  return { ok: true, file, checks: verified.checks };
}

/** Every outcome is of this round, on a decision its sample holds, by a tutor; no outcome twice. */
function checkRound(file: IqaFile): IqaFileError | undefined {
  const lines = new Map(file.round.lines.map((l) => [lineKey(l), l]));
  const learners = new Map(file.round.portfolios.map((p) => [p.portfolioId, p.learnerName]));
  const ids = new Set<string>();
  for (const [i, o] of file.outcomes.entries()) {
    if (ids.has(o.id)) return iqaFileErrors.invalid(`outcomes[${i}].id`, 'the same outcome is listed twice');
    ids.add(o.id);
    if (o.by.role !== 'tutor') return iqaFileErrors.notAnIqa(o.by.name, o.by.role);
    if (o.roundId !== file.round.id) return iqaFileErrors.notInRound(`outcome ${i + 1} belongs to another sampling round than the one the file carries`);
    if (!learners.has(o.portfolioId)) return iqaFileErrors.notInRound(`outcome ${i + 1} is for a portfolio the round does not list`);
    const line = lines.get(lineKey(o));
    if (!line) return iqaFileErrors.notInRound(`outcome ${i + 1}, for ${shortForMessage(learners.get(o.portfolioId) ?? '', 60)}, is on a decision the round did not sample`);
    if (line.markingPointId !== o.markingPointId) return iqaFileErrors.notInRound(`outcome ${i + 1} names marking point ${shortForMessage(o.markingPointId, 20)}, but the decision it judges is on ${shortForMessage(line.markingPointId, 20)}`);
  }
  return undefined;
}
