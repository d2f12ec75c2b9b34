import type { Evidence } from '../schemas';
import type { PortfolioSnapshot } from '../snapshot';
import { signerIdOf } from '../signers';
import { shortForMessage } from '../short-for-message';
import { keyFingerprint } from './keys';
import { recordLabel, recordSigner, recordTime, type SignableRecord } from './record-label';
import { verifyRecord } from './sign';
import { checkSignatures, type KnownKey, type SignatureCheck } from './status';

export type SnapshotVerification =
  | { ok: true; checks: Map<string, SignatureCheck> }
  | {
      ok: false;
      /** The record refused; absent when the fault is a key the file carries rather than a record. */
      recordId?: string;
      /** The record as a message names it: "the decision on EXT-3 by Morgan Ellis, 12 November 2026". */
      label: string;
      /** What is wrong, to follow the label: "was changed after it was signed". */
      reason: string;
      /** Label and reason as one sentence. */
      message: string;
    };

type Refusal = Extract<SnapshotVerification, { ok: false }>;

function refusal(label: string, reason: string, recordId?: string): Refusal {
  const message = `${label.charAt(0).toUpperCase()}${label.slice(1)} ${reason}.`;
  return recordId === undefined ? { ok: false, label, reason, message } : { ok: false, recordId, label, reason, message };
}

/**
 * The keys a file carries as a device would know them on first sight: none confirmed, and the key a
 * signer used first (by the records' own times) is the one pinned.
 */
export function keysAsFirstSeen(snapshot: Pick<PortfolioSnapshot, 'decisions' | 'records' | 'keys'>): KnownKey[] {
  const firstUse = new Map<string, string>();
  for (const r of [...snapshot.decisions, ...snapshot.records]) {
    if (!r.signature) continue;
    const at = recordTime(r);
    const seen = firstUse.get(r.signature.keyFingerprint);
    if (seen === undefined || at < seen) firstUse.set(r.signature.keyFingerprint, at);
  }
  return snapshot.keys.map((k) => ({ ...k, signerId: signerIdOf(k.signer), firstSeenAt: firstUse.get(k.fingerprint) ?? k.createdAt, confirmed: null }));
}

/**
 * Checks every signature a portfolio (as a file carries it) holds: each must verify with the key the
 * file carries for its fingerprint, that key must match its fingerprint and belong to the person the
 * record names. The first failure refuses the whole file, naming the record; otherwise each record's
 * status on first sight (see checkSignatures) comes back.
 */
export async function verifySnapshot(
  snapshot: Pick<PortfolioSnapshot, 'decisions' | 'records' | 'keys'> & { evidence: ReadonlyArray<Pick<Evidence, 'id' | 'ref'>> },
): Promise<SnapshotVerification> {
  const keys = new Map<string, PortfolioSnapshot['keys'][number]>();
  for (const key of snapshot.keys) {
    const name = shortForMessage(key.signer.name, 60);
    const label = `the key of ${name}`;
    const other = keys.get(key.fingerprint);
    if (other && signerIdOf(other.signer) !== signerIdOf(key.signer)) return refusal(label, `has the same fingerprint as the key of ${shortForMessage(other.signer.name, 60)}`);
    let fingerprint: string | undefined;
    try {
      fingerprint = await keyFingerprint(key.publicKey);
    } catch {
      fingerprint = undefined;
    }
    if (fingerprint !== key.fingerprint) return refusal(label, 'does not match its fingerprint: it was changed after it was made');
    keys.set(key.fingerprint, key);
  }

  const refs = new Map(snapshot.evidence.map((e) => [e.id, e.ref]));
  const signed: SignableRecord[] = [...snapshot.decisions, ...snapshot.records].filter((r) => r.signature !== undefined);
  const results = await Promise.all(
    signed.map(async (r): Promise<Refusal | undefined> => {
      const fingerprint = r.signature?.keyFingerprint ?? '';
      const key = keys.get(fingerprint);
      const label = recordLabel(r, refs);
      if (!key) return refusal(label, 'is signed with a key the file does not carry', r.id);
      if (!(await verifyRecord(r, key.publicKey))) return refusal(label, 'was changed after it was signed', r.id);
      const signer = recordSigner(r);
      if (signerIdOf(key.signer) !== signerIdOf(signer)) {
        return refusal(label, `is signed with the key of ${shortForMessage(key.signer.name, 60)} (${key.signer.role}), not of the person it names`, r.id);
      }
      return undefined;
    }),
  );
  const failure = results.find((f) => f !== undefined);
  if (failure) return failure;
  const verified = new Set(signed.map((r) => r.id));
  return { ok: true, checks: await checkSignatures([...snapshot.decisions, ...snapshot.records], keysAsFirstSeen(snapshot), verified) };
}
