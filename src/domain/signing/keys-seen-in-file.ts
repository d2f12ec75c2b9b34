import type { SignerKey } from '../schemas';
import { signerIdOf } from '../signers';
import type { KnownKey } from './status';

/**
 * Keys as a file carries them, for a reader with no device of its own (the PDF command line): each
 * key pinned on first sight, none confirmed, so every signature shows at best "signer not confirmed".
 */
export function keysSeenInFile(keys: readonly SignerKey[]): KnownKey[] {
  return keys.map((k) => ({ ...k, signerId: signerIdOf(k.signer), firstSeenAt: k.createdAt, confirmed: null }));
}
