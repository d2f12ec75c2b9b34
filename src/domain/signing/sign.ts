import type { PublicKeyJwk, Signature } from '../schemas';
import { fromBase64url, toBase64url } from './base64url';
import { signedBytes } from './canonical';
import { KEY_PARAMS, SIGN_PARAMS, SIGNING_ALGORITHM } from './keys';

/** A private key with the fingerprint of its public half. */
export interface SigningKey {
  privateKey: CryptoKey;
  fingerprint: string;
}

/** The record with its signature: the rest of the record, canonicalised (RFC 8785), signed by `key`. */
export async function signRecord<T extends object>(record: T, key: SigningKey): Promise<T & { signature: Signature }> {
  const { signature: _old, ...unsigned } = record as T & { signature?: unknown };
  const bytes = signedBytes(unsigned);
  const value = new Uint8Array(await crypto.subtle.sign(SIGN_PARAMS, key.privateKey, bytes));
  return { ...(unsigned as T), signature: { alg: SIGNING_ALGORITHM, keyFingerprint: key.fingerprint, value: toBase64url(value) } };
}

const importedKeys = new Map<string, Promise<CryptoKey>>();

function importPublicKey(jwk: PublicKeyJwk): Promise<CryptoKey> {
  const cacheKey = `${jwk.x}.${jwk.y}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    key = crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, KEY_PARAMS, true, ['verify']);
    importedKeys.set(cacheKey, key);
    // A key that does not import is not kept, so the error is reported again rather than cached.
    key.catch(() => importedKeys.delete(cacheKey));
  }
  return key;
}

/** True when the record's signature verifies with `publicKey`; false when it does not, or the key or signature is malformed. */
export async function verifyRecord(record: { signature?: Signature }, publicKey: PublicKeyJwk): Promise<boolean> {
  const sig = record.signature;
  if (!sig || sig.alg !== SIGNING_ALGORITHM) return false;
  const value = fromBase64url(sig.value);
  if (!value || value.length !== 64) return false;
  try {
    return await crypto.subtle.verify(SIGN_PARAMS, await importPublicKey(publicKey), value, signedBytes(record));
  } catch {
    return false;
  }
}
