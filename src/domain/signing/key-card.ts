import { z } from 'zod';
import { signatureSchema, signerKeySchema, type SignerKey } from '../schemas';
import { shortForMessage } from '../short-for-message';
import { keyFingerprint } from './keys';
import { signRecord, verifyRecord, type SigningKey } from './sign';

/*
 * A key card (`.folio-key`): a signer's public key, handed over in person (a file, or the QR code of the
 * same text) so another device can confirm it before any portfolio file arrives. Documented in
 * docs/security.md.
 */
export const KEY_CARD_FORMAT = 'folio-key-card';
export const KEY_CARD_VERSION = 1;
export const KEY_CARD_EXTENSION = '.folio-key';
/** A card is a few hundred bytes; anything much larger is not one. */
export const KEY_CARD_MAX_BYTES = 16 * 1024;

const keyCardSchema = z
  .object({
    format: z.literal(KEY_CARD_FORMAT),
    formatVersion: z.literal(KEY_CARD_VERSION),
    key: signerKeySchema,
    /** The key's own signature over the card: proof the card was made by whoever holds the private key. */
    signature: signatureSchema,
  })
  .strict();
export type KeyCard = z.infer<typeof keyCardSchema>;

/** The card of a key, signed with that key, as the text of a `.folio-key` file. */
export async function makeKeyCard(key: SignerKey, signing: SigningKey): Promise<string> {
  if (signing.fingerprint !== key.fingerprint) throw new Error('A key card is signed by the key it carries');
  const { fingerprint, publicKey, signer, createdAt } = key;
  const card = await signRecord({ format: KEY_CARD_FORMAT, formatVersion: KEY_CARD_VERSION, key: { fingerprint, publicKey, signer, createdAt } }, signing);
  return `${JSON.stringify(card, null, 2)}\n`;
}

export type KeyCardReading = { ok: true; key: SignerKey } | { ok: false; message: string };

const refuse = (message: string): KeyCardReading => ({ ok: false, message });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a key card's bytes: the key it carries, or the reason it is refused. */
export async function readKeyCard(bytes: Uint8Array): Promise<KeyCardReading> {
  if (bytes.length > KEY_CARD_MAX_BYTES) return refuse(`This file is too large to be a Folio key card (a card is under ${KEY_CARD_MAX_BYTES / 1024} KB). Choose the .folio-key file the signer gave you.`);
  const json = parseJson(new TextDecoder().decode(bytes));
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('This file is not a Folio key card: it is not readable JSON. Choose the .folio-key file the signer gave you.');
  }
  const format = 'format' in json ? json.format : undefined;
  if (format !== KEY_CARD_FORMAT) {
    const says = typeof format === 'string' ? ` (it says it is “${shortForMessage(format, 40)}”)` : '';
    return refuse(`This file is not a Folio key card${says}. Choose the .folio-key file the signer gave you.`);
  }
  const version = 'formatVersion' in json ? json.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > KEY_CARD_VERSION) {
    return refuse(`This key card was made by a newer version of Folio (key card version ${version}). Update Folio, then import it again.`);
  }
  const card = keyCardSchema.safeParse(json);
  if (!card.success) {
    const issue = card.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return refuse(`This key card is damaged${where}: ${shortForMessage(issue?.message ?? 'it is not in the expected form', 120)}. Ask the signer for a new card.`);
  }
  const { key, signature } = card.data;
  if ((await keyFingerprint(key.publicKey)) !== key.fingerprint) {
    return refuse('This key card’s key does not match its fingerprint: it was changed after it was made. Ask the signer for a new card.');
  }
  if (signature.keyFingerprint !== key.fingerprint || !(await verifyRecord(card.data, key.publicKey))) {
    return refuse('This key card’s signature does not verify: it was changed after it was made. Ask the signer for a new card.');
  }
  return { ok: true, key };
}
