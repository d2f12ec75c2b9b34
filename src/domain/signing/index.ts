export { signedBytes } from './canonical';
export { formatFingerprint, generateSigningKey, keyFingerprint, publicJwkOf, SIGNING_ALGORITHM } from './keys';
export { signRecord, verifyRecord, type SigningKey } from './sign';
