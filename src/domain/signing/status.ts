import type { PublicKeyJwk, SignerKey } from '../schemas';
import { signerIdOf } from '../signers';
import { shortForMessage } from '../short-for-message';
import { keyFingerprint } from './keys';
import { byFirstSeen } from './key-standing';
import { recordSigner, recordTime, type SignableRecord } from './record-label';
import { verifyRecord } from './sign';

export type { SignableRecord } from './record-label';

/**
 * What a signature is worth on this device, from worst to best:
 * - `unsigned`: no signature (decisions from format 1 files, the demo's older ones);
 * - `invalid`: the record was changed after signing, or the key does not match its fingerprint;
 * - `unknown-key`: signed by a key this device does not have;
 * - `wrong-signer`: the key belongs to someone other than the person the record names;
 * - `different-key`: a sound signature, but not by the key pinned for that signer, and no announcement
 *   signed by the pinned key names it: someone else may be signing in their name;
 * - `not-confirmed`: the key pinned because it was the first seen for that signer, never confirmed by a
 *   key card (a learner could have made it);
 * - `confirmed`: this device's own key, a key confirmed from the signer's key card, or a key announced
 *   by one of those.
 */
export const signatureStatuses = ['unsigned', 'invalid', 'unknown-key', 'wrong-signer', 'different-key', 'not-confirmed', 'confirmed'] as const;
export type SignatureStatus = (typeof signatureStatuses)[number];

/** A public key as a device knows it (what the `keys` table's rows hold). */
export interface KnownKey extends SignerKey {
  /** `signerIdOf(signer)`. */
  signerId: string;
  /** When the device first saw it: the first key seen for a signer is pinned, until a key card confirms one. */
  firstSeenAt: string;
  confirmed: 'own' | 'key-card' | null;
}

export interface SignatureCheck {
  status: SignatureStatus;
  /** Who the record says signed it. */
  signer: SignerKey['signer'];
  /** The signing key's fingerprint, when signed. */
  fingerprint?: string;
  /** When the record says it was made: the signer's own clock. */
  signedAt: string;
  /** With `different-key`: the key this device holds for that signer. */
  pinnedFingerprint?: string;
}

/** Short words for each status, for badges and tables. */
export const signatureStatusLabels: Record<SignatureStatus, string> = {
  unsigned: 'unsigned',
  invalid: 'signature does not verify',
  'unknown-key': 'signed by a key this device does not have',
  'wrong-signer': 'signed with someone else’s key',
  'different-key': 'signed by a different key than the one this device knows for this signer',
  'not-confirmed': 'signer not confirmed',
  confirmed: 'signature verified, signer confirmed',
};

/**
 * The status as a sentence that names the signer where it matters. `among` says whose knowledge a
 * different key is measured against: this device's, or (for a file checked alone) the file's.
 */
export function signatureStatusText(check: SignatureCheck, among: 'device' | 'file' = 'device'): string {
  const name = shortForMessage(check.signer.name, 60);
  switch (check.status) {
    case 'different-key':
      return among === 'device' ? `signed by a different key than the one this device knows for ${name}` : `signed by a different key than the one first seen or confirmed for ${name}`;
    case 'wrong-signer':
      return `signed with a key that is not ${name}’s`;
    default:
      return signatureStatusLabels[check.status];
  }
}

export { signatureHolds } from './holds';

interface SignerTrust {
  accepted: Set<string>;
  /** True when the keys accepted start from a confirmed key (own or key card), not from first sight. */
  confirmed: boolean;
  pinned: string;
}

/**
 * The keys trusted for one signer: the confirmed ones, or else the first seen, plus every key a
 * `key-change` record announces, signed by a key already trusted (followed forwards only: a key
 * cannot make itself trusted by claiming an older one).
 */
function trustFor(signerKeys: KnownKey[], keyChanges: SignableRecord[], verified: Map<string, boolean>): SignerTrust {
  const confirmed = signerKeys.filter((k) => k.confirmed !== null);
  const roots = confirmed.length > 0 ? confirmed : [...signerKeys].sort(byFirstSeen).slice(0, 1);
  const accepted = new Set(roots.map((k) => k.fingerprint));
  const present = new Set(signerKeys.map((k) => k.fingerprint));
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of keyChanges) {
      if (!('type' in r) || r.type !== 'key-change' || !r.signature || !verified.get(r.id)) continue;
      if (r.signature.keyFingerprint !== r.oldFingerprint || !accepted.has(r.oldFingerprint)) continue;
      if (present.has(r.newFingerprint) && !accepted.has(r.newFingerprint)) {
        accepted.add(r.newFingerprint);
        grew = true;
      }
    }
  }
  return { accepted, confirmed: confirmed.length > 0, pinned: [...confirmed, ...roots].sort(byFirstSeen).at(-1)?.fingerprint ?? '' };
}

async function fingerprintHolds(publicKey: PublicKeyJwk, fingerprint: string): Promise<boolean> {
  try {
    return (await keyFingerprint(publicKey)) === fingerprint;
  } catch {
    return false;
  }
}

/**
 * Checks every record's signature against the keys a device (or a file) knows: does it verify, is the
 * key its signer's, and is it the key pinned or confirmed for that signer. Keyed by record id.
 */
export async function checkSignatures(
  records: readonly SignableRecord[],
  keys: readonly KnownKey[],
  /** Records already verified with these same keys (verifySnapshot's), so they are not verified twice. */
  alreadyVerified: ReadonlySet<string> = new Set(),
): Promise<Map<string, SignatureCheck>> {
  const sound = new Map<string, KnownKey>();
  await Promise.all(
    keys.map(async (k) => {
      if (await fingerprintHolds(k.publicKey, k.fingerprint)) sound.set(k.fingerprint, k);
    }),
  );
  const verified = new Map<string, boolean>();
  await Promise.all(
    records.map(async (r) => {
      const key = r.signature ? sound.get(r.signature.keyFingerprint) : undefined;
      if (key) verified.set(r.id, alreadyVerified.has(r.id) || (await verifyRecord(r, key.publicKey)));
    }),
  );
  const keyChanges = records.filter((r) => 'type' in r && r.type === 'key-change');
  const trust = new Map<string, SignerTrust>();
  const trustOf = (signerId: string): SignerTrust => {
    let t = trust.get(signerId);
    if (!t) {
      const signerKeys = [...sound.values()].filter((k) => signerIdOf(k.signer) === signerId);
      const changes = keyChanges.filter((r) => signerIdOf(recordSigner(r)) === signerId);
      t = trustFor(signerKeys, changes, verified);
      trust.set(signerId, t);
    }
    return t;
  };

  const byFingerprint = new Map(keys.map((k) => [k.fingerprint, k]));
  const checks = new Map<string, SignatureCheck>();
  for (const r of records) {
    const signer = recordSigner(r);
    const base = { signer, signedAt: recordTime(r) };
    if (!r.signature) {
      checks.set(r.id, { ...base, status: 'unsigned' });
      continue;
    }
    const fingerprint = r.signature.keyFingerprint;
    const key = byFingerprint.get(fingerprint);
    const status = ((): SignatureStatus => {
      if (!key) return 'unknown-key';
      if (!sound.has(fingerprint) || !verified.get(r.id)) return 'invalid';
      const signerId = signerIdOf(signer);
      if (signerIdOf(key.signer) !== signerId) return 'wrong-signer';
      const t = trustOf(signerId);
      if (!t.accepted.has(fingerprint)) return 'different-key';
      return t.confirmed ? 'confirmed' : 'not-confirmed';
    })();
    const check: SignatureCheck = { ...base, status, fingerprint };
    if (status === 'different-key') check.pinnedFingerprint = trustOf(signerIdOf(signer)).pinned;
    checks.set(r.id, check);
  }
  return checks;
}
