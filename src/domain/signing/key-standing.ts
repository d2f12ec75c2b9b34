import type { SignerKey } from '../schemas';
import { signerIdOf } from '../signers';
import type { KnownKey } from './status';

/** The first key seen for a signer is pinned: ties broken by the key's own date, then fingerprint, so every device agrees. */
export const byFirstSeen = (a: KnownKey, b: KnownKey): number =>
  a.firstSeenAt.localeCompare(b.firstSeenAt) || a.createdAt.localeCompare(b.createdAt) || a.fingerprint.localeCompare(b.fingerprint);

/**
 * Where a key stands on a device, as the list of known signers shows it:
 * - `own`: this device's key; `key-card`: confirmed from the signer's key card;
 * - `pinned`: the first key seen for a signer none of whose keys is confirmed;
 * - `other`: another key in the same name, trusted only if the pinned or confirmed key announced it.
 */
export type KeyStanding = 'own' | 'key-card' | 'pinned' | 'other';

export const keyStandingLabels: Record<KeyStanding, string> = {
  own: 'Your own key on this device',
  'key-card': 'Confirmed from their key card',
  pinned: 'Pinned when first seen: not confirmed',
  other: 'Another key in this name: trusted only if their confirmed or pinned key announced it',
};

export function keyStandings(keys: readonly KnownKey[]): Map<string, KeyStanding> {
  const groups = new Map<string, KnownKey[]>();
  for (const k of keys) {
    const id = signerIdOf(k.signer);
    groups.set(id, [...(groups.get(id) ?? []), k]);
  }
  const standings = new Map<string, KeyStanding>();
  for (const group of groups.values()) {
    const anyConfirmed = group.some((k) => k.confirmed !== null);
    const pinned = anyConfirmed ? undefined : [...group].sort(byFirstSeen)[0]?.fingerprint;
    for (const k of group) standings.set(k.fingerprint, k.confirmed ?? (k.fingerprint === pinned ? 'pinned' : 'other'));
  }
  return standings;
}

export interface UnannouncedKey {
  signer: KnownKey['signer'];
  /** The key a file brings. */
  fingerprint: string;
  /** The key this device already holds for that signer (confirmed, or else the first seen). */
  known: string;
}

/**
 * The keys a file brings for signers this device already knows by another key: what an import should
 * warn about before anything else (whether a key-change record announces them is for checkSignatures
 * to say, record by record).
 */
export function keysForKnownSigners(known: readonly KnownKey[], incoming: readonly SignerKey[]): UnannouncedKey[] {
  const knownFingerprints = new Set(known.map((k) => k.fingerprint));
  const pinnedBySigner = new Map<string, KnownKey>();
  for (const k of [...known].sort(byFirstSeen)) {
    const id = signerIdOf(k.signer);
    const current = pinnedBySigner.get(id);
    if (!current || (current.confirmed === null && k.confirmed !== null)) pinnedBySigner.set(id, k);
  }
  return incoming
    .filter((k) => !knownFingerprints.has(k.fingerprint))
    .flatMap((k) => {
      const pinned = pinnedBySigner.get(signerIdOf(k.signer));
      return pinned ? [{ signer: k.signer, fingerprint: k.fingerprint, known: pinned.fingerprint }] : [];
    });
}
