import { canonicalHash } from '../evidence-hash';
import type { PublicKeyJwk } from '../schemas';

/** ECDSA over P-256 with SHA-256: the one algorithm signatures use today (recorded in each as `alg`). */
export const SIGNING_ALGORITHM = 'ECDSA-P256-SHA256' as const;
export const KEY_PARAMS: EcKeyGenParams & EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
export const SIGN_PARAMS: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/** The key's fingerprint: SHA-256 (hex) of its JWK's curve point as RFC 8785 canonical JSON. */
export function keyFingerprint(jwk: PublicKeyJwk): Promise<string> {
  return canonicalHash({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
}

/** A fingerprint as people compare it aloud: the first 32 hex digits in groups of four. */
export function formatFingerprint(hex: string): string {
  return (hex.slice(0, 32).match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
}

/** Only the public curve point of a JWK (WebCrypto adds `key_ops` and `ext`). */
export function publicJwkOf(jwk: JsonWebKey): PublicKeyJwk {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('Not an ECDSA P-256 public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** A new key pair: the private key cannot be exported, the public one travels as JWK. */
export async function generateSigningKey(): Promise<{ privateKey: CryptoKey; publicKey: PublicKeyJwk; fingerprint: string }> {
  const pair = await crypto.subtle.generateKey(KEY_PARAMS, false, ['sign', 'verify']);
  const publicKey = publicJwkOf(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey, fingerprint: await keyFingerprint(publicKey) };
}
