export { signedBytes } from './canonical';
export { formatFingerprint, generateSigningKey, keyFingerprint, publicJwkOf, SIGNING_ALGORITHM } from './keys';
export { recordLabel, recordSigner, recordTime, type SignableRecord } from './record-label';
export { signRecord, verifyRecord, type SigningKey } from './sign';
export {
  checkSignatures,
  signatureHolds,
  signatureStatuses,
  signatureStatusLabels,
  signatureStatusText,
  type KnownKey,
  type SignatureCheck,
  type SignatureStatus,
} from './status';
export { keysAsFirstSeen, verifySnapshot, type SnapshotVerification } from './verify-snapshot';
export { KEY_CARD_EXTENSION, KEY_CARD_FORMAT, KEY_CARD_VERSION, makeKeyCard, readKeyCard, type KeyCardReading } from './key-card';
export { keysForKnownSigners, keyStandingLabels, keyStandings, type KeyStanding, type UnannouncedKey } from './key-standing';
