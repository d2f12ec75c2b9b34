import type { PortfolioRecord } from '../records';
import type { Decision, Person, PublicKeyJwk } from '../schemas';
import { signerIdOf } from '../signers';
import { verifyRecord } from './sign';

/*
 * Stand-in written by H-assess so the assessment screens can be built and tested before H-sign's
 * version lands; H-sign owns this file (same names and signature) and the coordinator keeps theirs.
 */

export type SignatureStatus = 'unsigned' | 'invalid' | 'unknown-key' | 'wrong-signer' | 'different-key' | 'not-confirmed' | 'confirmed';

export interface SignatureCheck {
  status: SignatureStatus;
  signer: Person;
  fingerprint?: string;
  signedAt: string;
}

/** A public key as this device knows it (what the keys table holds). */
export interface KnownKey {
  fingerprint: string;
  publicKey: PublicKeyJwk;
  signer: Person;
  signerId: string;
  firstSeenAt: string;
  confirmed: 'own' | 'key-card' | null;
}

export const signatureStatusLabels: Record<SignatureStatus, string> = {
  unsigned: 'unsigned',
  invalid: 'signature does not verify: changed after it was signed',
  'unknown-key': 'signed by a key this device does not know',
  'wrong-signer': 'signed by a key that belongs to someone else',
  'different-key': 'signed by a different key than the one this device knows for this signer',
  'not-confirmed': 'signer not confirmed',
  confirmed: 'signed and confirmed',
};

type Signable = Decision | PortfolioRecord;

function signerOf(record: Signable): { signer: Person; signedAt: string } {
  return 'assessor' in record ? { signer: record.assessor, signedAt: record.decidedAt } : { signer: record.by, signedAt: record.at };
}

/** The key pinned for a signer: one confirmed in person or as this device's own, else the first seen. */
function pinnedKey(keys: readonly KnownKey[], signerId: string): KnownKey | undefined {
  const theirs = keys.filter((k) => k.signerId === signerId);
  return theirs.find((k) => k.confirmed !== null) ?? [...theirs].sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt))[0];
}

/** Every record's signature status, by record id. */
export async function checkSignatures(records: readonly Signable[], keys: readonly KnownKey[]): Promise<Map<string, SignatureCheck>> {
  const byFingerprint = new Map(keys.map((k) => [k.fingerprint, k]));
  const out = new Map<string, SignatureCheck>();
  await Promise.all(
    records.map(async (record) => {
      const { signer, signedAt } = signerOf(record);
      const sig = record.signature;
      const check = (status: SignatureStatus): void => void out.set(record.id, { status, signer, fingerprint: sig?.keyFingerprint, signedAt });
      if (!sig) return check('unsigned');
      const key = byFingerprint.get(sig.keyFingerprint);
      if (!key) return check('unknown-key');
      if (signerIdOf(key.signer) !== signerIdOf(signer)) return check('wrong-signer');
      if (!(await verifyRecord(record, key.publicKey))) return check('invalid');
      if (pinnedKey(keys, key.signerId)?.fingerprint !== key.fingerprint) return check('different-key');
      return check(key.confirmed ? 'confirmed' : 'not-confirmed');
    }),
  );
  return out;
}
