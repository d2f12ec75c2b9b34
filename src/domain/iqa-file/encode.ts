import type { IqaRound } from '../iqa/round';
import type { IqaRecord } from '../iqa/report';
import type { SignerKey } from '../schemas';
import { IQA_FILE_FORMAT, IQA_FILE_VERSION, type IqaFile } from './format';

export interface IqaFileContent {
  round: IqaRound;
  /** The round's outcome records, every one signed. */
  outcomes: readonly IqaRecord[];
  /** The keys that signed them (others are left out). */
  keys: readonly SignerKey[];
  exportedAt: string;
  appVersion: string;
}

/** The IQA file's bytes: JSON, indented so a person can read it, UTF-8. */
export function encodeIqaFile(content: IqaFileContent): Uint8Array {
  const used = new Set(content.outcomes.flatMap((o) => (o.signature ? [o.signature.keyFingerprint] : [])));
  const file: IqaFile = {
    format: IQA_FILE_FORMAT,
    formatVersion: IQA_FILE_VERSION,
    exportedAt: content.exportedAt,
    appVersion: content.appVersion,
    round: content.round,
    outcomes: [...content.outcomes],
    keys: [...new Map(content.keys.filter((k) => used.has(k.fingerprint)).map((k) => [k.fingerprint, k])).values()],
  };
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}
