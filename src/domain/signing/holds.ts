import type { SignatureStatus } from './status';

/**
 * Whether a signature verifies with a key trusted for its signer (confirmed in person or not). Its own
 * module, with no signing code, so assessment's rules (which the first screen runs) can ask it.
 */
export function signatureHolds(status: SignatureStatus): boolean {
  return status === 'confirmed' || status === 'not-confirmed';
}
