import { formatDate } from '../readable-dates';
import type { PortfolioRecord } from '../records';
import type { Decision } from '../schemas';
import type { PortfolioSnapshot } from '../snapshot';
import { shortForMessage } from '../short-for-message';
import { keyFingerprint } from './keys';
import { verifyRecord } from './sign';

/*
 * H-file's smallest honest version of H-sign's verifySnapshot (issue 8 plan): the owner's version,
 * with pinning and confirmation statuses, replaces this one on merge.
 */

type Signed = Decision | PortfolioRecord;

/** How a person names a signed thing: "the decision on EXT-3 by Morgan Ellis, 12 November 2026". */
export function signedRecordLabel(record: Signed): string {
  if ('markingPointId' in record) {
    return `the decision on ${shortForMessage(record.markingPointId)} by ${shortForMessage(record.assessor.name)}, ${formatDate(record.decidedAt)}`;
  }
  return `the ${record.type} record by ${shortForMessage(record.by.name)}, ${formatDate(record.at)}`;
}

export type SnapshotVerification =
  | { ok: true; checks: Map<string, { fingerprint: string }> }
  | { ok: false; recordId: string; label: string; reason: string };

/**
 * Every signature in the snapshot must verify with the key the snapshot carries for its fingerprint,
 * and that key's fingerprint must be its own. The first failure names the record; unsigned records pass
 * (they are shown as unsigned and never count).
 */
export async function verifySnapshot(snapshot: PortfolioSnapshot): Promise<SnapshotVerification> {
  const keys = new Map(snapshot.keys.map((k) => [k.fingerprint, k]));
  const checkedKeys = new Map<string, boolean>();
  const checks = new Map<string, { fingerprint: string }>();
  for (const record of [...snapshot.decisions, ...snapshot.records]) {
    const signature = record.signature;
    if (!signature) continue;
    const fail = (reason: string) => ({ ok: false as const, recordId: record.id, label: signedRecordLabel(record), reason });
    const key = keys.get(signature.keyFingerprint);
    if (!key) return fail('was signed by a key the file does not carry');
    let keyRight = checkedKeys.get(key.fingerprint);
    if (keyRight === undefined) {
      keyRight = (await keyFingerprint(key.publicKey)) === key.fingerprint;
      checkedKeys.set(key.fingerprint, keyRight);
    }
    if (!keyRight) return fail('was signed by a key whose fingerprint in the file is not its own');
    if (!(await verifyRecord(record, key.publicKey))) return fail('was changed after it was signed');
    checks.set(record.id, { fingerprint: key.fingerprint });
  }
  return { ok: true, checks };
}
