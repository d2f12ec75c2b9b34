import type { PortfolioRecord } from '../records';
import type { Decision, Person, SignerKey } from '../schemas';
import { signerIdOf } from '../signers';
import { verifyRecord } from './sign';

/*
 * The smallest honest signature check, written by the PDF helper so the PDF can print each record's
 * status before the signing helper's fuller version lands (that one replaces this file). It verifies
 * every signature, names the key's signer, and pins the first key seen for a signer (a confirmed key
 * wins); it does not yet follow key-change records.
 */

export type SignatureStatus = 'unsigned' | 'invalid' | 'unknown-key' | 'wrong-signer' | 'different-key' | 'not-confirmed' | 'confirmed';

export interface SignatureCheck {
  status: SignatureStatus;
  /** Who the record says signed it (a decision's assessor, a record's `by`). */
  signer: Person;
  fingerprint?: string;
  signedAt: string;
}

/** A public key as a device knows it: when first seen, and whether its owner confirmed it. */
export interface KnownKey extends SignerKey {
  signerId: string;
  firstSeenAt: string;
  confirmed: 'own' | 'key-card' | null;
}

export const signatureStatusLabels: Record<SignatureStatus, string> = {
  unsigned: 'unsigned',
  invalid: 'signature does not verify: changed after it was signed',
  'unknown-key': 'signed by a key this device does not have',
  'wrong-signer': 'signed by a key that belongs to someone else',
  'different-key': 'signed by a different key than the one this device knows for this signer',
  'not-confirmed': 'signer not confirmed',
  confirmed: 'signature verified, signer confirmed',
};

const isDecision = (r: Decision | PortfolioRecord): r is Decision => 'markingPointId' in r;

/** The key a device trusts for a signer: a confirmed one, else the first seen. */
function pinnedKeys(keys: readonly KnownKey[]): Map<string, KnownKey> {
  const pinned = new Map<string, KnownKey>();
  for (const key of keys) {
    const held = pinned.get(key.signerId);
    const better =
      !held ||
      (key.confirmed !== null && held.confirmed === null) ||
      ((key.confirmed === null) === (held.confirmed === null) && key.firstSeenAt < held.firstSeenAt);
    if (better) pinned.set(key.signerId, key);
  }
  return pinned;
}

/** Each record's signature status, by record id. */
export async function checkSignatures(records: Array<Decision | PortfolioRecord>, keys: KnownKey[]): Promise<Map<string, SignatureCheck>> {
  const byFingerprint = new Map(keys.map((k) => [k.fingerprint, k]));
  const pinned = pinnedKeys(keys);
  const checks = new Map<string, SignatureCheck>();
  await Promise.all(
    records.map(async (record) => {
      const signer = isDecision(record) ? record.assessor : record.by;
      const signedAt = isDecision(record) ? record.decidedAt : record.at;
      const fingerprint = record.signature?.keyFingerprint;
      const check = (status: SignatureStatus) => checks.set(record.id, { status, signer, fingerprint, signedAt });
      if (!record.signature) return check('unsigned');
      const key = byFingerprint.get(record.signature.keyFingerprint);
      if (!key) return check('unknown-key');
      if (!(await verifyRecord(record, key.publicKey))) return check('invalid');
      if (signerIdOf(key.signer) !== signerIdOf(signer)) return check('wrong-signer');
      if (pinned.get(key.signerId)?.fingerprint !== key.fingerprint) return check('different-key');
      return check(key.confirmed ? 'confirmed' : 'not-confirmed');
    }),
  );
  return checks;
}

