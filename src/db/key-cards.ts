import { formatFingerprint } from '../domain/signing/keys';
import { makeKeyCard, readKeyCard } from '../domain/signing/key-card';
import type { SignerKey } from '../domain/schemas';
import { signerIdOf } from '../domain/signers';
import { shortForMessage } from '../domain/short-for-message';
import { clock } from '../platform/clock';
import { db, type KeyRow } from './database';
import { announceNewKey } from './key-announcements';

/** This device's key card (the text of a `.folio-key` file), signed with the device key. */
export async function exportKeyCard(): Promise<string> {
  const d = db();
  const identity = await d.identity.get('device');
  if (!identity) throw new Error('Say who you are first: a key card carries your name and role.');
  const own = await d.keys.get(identity.fingerprint);
  if (!own) throw new Error('This device’s public key is missing. Make a new key on the You screen.');
  const { fingerprint, publicKey, signer, createdAt } = own;
  return makeKeyCard({ fingerprint, publicKey, signer, createdAt }, { privateKey: identity.privateKey, fingerprint });
}

export type KeyCardImport =
  | { status: 'refused'; message: string }
  /** Nothing changed: the card is this device's own key, or a key already confirmed. */
  | { status: 'unchanged'; message: string }
  /** The device knows another key for this signer: import again with `replace` once the user is sure. */
  | { status: 'needs-confirmation'; message: string; key: SignerKey; previous: KeyRow[] }
  /** The card is the device user's key from another device: `announceKeyCard` can announce it. */
  | { status: 'yours-elsewhere'; message: string; key: SignerKey }
  | { status: 'confirmed'; message: string; key: SignerKey; replaced: KeyRow[] };

const who = (key: SignerKey) => `${shortForMessage(key.signer.name, 60)} (${key.signer.role})`;

/**
 * Imports a key card: the key is pinned for its signer as confirmed ('key-card'). When the device already
 * holds a different key for that signer, nothing changes until the user confirms with `replace`; then the
 * card's key is the only one confirmed for them, and a signature by the other shows a warning.
 */
export async function importKeyCard(bytes: Uint8Array, options: { replace?: boolean } = {}): Promise<KeyCardImport> {
  const reading = await readKeyCard(bytes);
  if (!reading.ok) return { status: 'refused', message: reading.message };
  const { key } = reading;
  const signerId = signerIdOf(key.signer);
  const d = db();
  return d.transaction('rw', [d.keys, d.identity], async (): Promise<KeyCardImport> => {
    const identity = await d.identity.get('device');
    if (identity?.fingerprint === key.fingerprint) return { status: 'unchanged', message: 'This is your own key card: there is nothing to confirm on this device.' };
    const mine = identity ? signerIdOf({ role: identity.role, name: identity.name }) === signerId : false;
    if (mine) {
      return {
        status: 'yours-elsewhere',
        key,
        message: `This key card is in your own name and role, ${who(key)}, but it is not this device’s key. If it is your key from another device, announce it from here, signed with this device’s key, so that people who trust this key trust that one too.`,
      };
    }
    const rows = await d.keys.where('signerId').equals(signerId).toArray();
    const same = rows.find((r) => r.fingerprint === key.fingerprint);
    if (same?.confirmed) return { status: 'unchanged', message: `The key of ${who(key)} was already confirmed on this device.` };
    const previous = rows.filter((r) => r.fingerprint !== key.fingerprint);
    if (previous.length > 0 && !options.replace) {
      const fingerprints = previous.map((r) => formatFingerprint(r.fingerprint)).join(', ');
      return {
        status: 'needs-confirmation',
        key,
        previous,
        message: `This device already knows a different key for ${who(key)}: ${fingerprints}. This card’s key is ${formatFingerprint(key.fingerprint)}. Use it only if ${shortForMessage(key.signer.name, 60)} gave you this card and the fingerprints were compared in person: after that, signatures by the other key show a warning.`,
      };
    }
    const demoted = previous.filter((r) => r.confirmed !== null);
    if (demoted.length) await d.keys.bulkPut(demoted.map((r) => ({ ...r, confirmed: null })));
    await d.keys.put({ ...key, signerId, firstSeenAt: same?.firstSeenAt ?? clock.now(), confirmed: 'key-card' });
    const replacing = previous.length > 0 ? ', in place of the key this device knew before' : '';
    return { status: 'confirmed', key, replaced: previous, message: `The key of ${who(key)} is confirmed on this device${replacing}. Fingerprint ${formatFingerprint(key.fingerprint)}.` };
  });
}

/**
 * Announces the key on a card made on the user's other device as their new key: this device's key signs
 * a key-change record naming it in every portfolio this key signed in (an ordinary, announced new key for
 * someone who has both devices at hand). The card must be in this device user's name and role.
 */
export async function announceKeyCard(bytes: Uint8Array): Promise<{ announcedIn: number; message: string }> {
  const reading = await readKeyCard(bytes);
  if (!reading.ok) throw new Error(reading.message);
  const { key } = reading;
  const d = db();
  const identity = await d.identity.get('device');
  if (!identity) throw new Error('Say who you are first.');
  if (signerIdOf(key.signer) !== signerIdOf({ role: identity.role, name: identity.name })) {
    throw new Error(`This key card is the key of ${who(key)}, not yours: only your own new key can be announced.`);
  }
  if (key.fingerprint === identity.fingerprint) throw new Error('This is this device’s own key: there is nothing to announce.');
  const existing = await d.keys.get(key.fingerprint);
  const row: KeyRow = { ...key, signerId: signerIdOf(key.signer), firstSeenAt: existing?.firstSeenAt ?? clock.now(), confirmed: 'key-card' };
  const announcedIn = await announceNewKey(identity, row);
  const fingerprint = formatFingerprint(key.fingerprint);
  if (announcedIn === 0) return { announcedIn, message: `Your key ${fingerprint} from your other device is confirmed here. This device’s key has signed nothing yet, so there was nothing to announce it in.` };
  const where = announcedIn === 1 ? 'the portfolio this device’s key signed in: export it' : `the ${announcedIn} portfolios this device’s key signed in: export them`;
  return { announcedIn, message: `Your key ${fingerprint} from your other device is announced in ${where} so others learn of it.` };
}
