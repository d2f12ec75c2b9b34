import type { Person } from '../../domain/schemas';
import { roleLabels } from '../../domain/schemas';
import { formatFingerprint } from '../../domain/signing';
import { signatureHolds } from '../../domain/signing/holds';
import type { SignatureCheck } from '../../domain/signing/status';
import type { SignatureLine } from './types';

/** Signature checks by record id, made before the model is built (verifying is asynchronous; the model is not). */
export type SignatureChecks = ReadonlyMap<string, SignatureCheck>;

/** How the PDF words each status: what a reader on paper needs to know about the signature. */
export const signatureWords: Record<SignatureLine['status'], string> = {
  unsigned: 'Unsigned: does not count',
  invalid: 'Signature does not verify: changed after signing',
  'unknown-key': 'Signed by a key this file does not carry',
  'wrong-signer': 'Signed by a key that belongs to someone else',
  'different-key': 'Signed by a different key than the one known for this signer',
  'not-confirmed': 'Signature verifies; signer not confirmed',
  confirmed: 'Signature verifies; signer confirmed',
  'not-checked': 'Signature not checked',
};

/** A record's signature as the PDF prints it: status words and the key's fingerprint as people compare it. */
export function signatureLine(recordId: string, signature: { keyFingerprint: string } | undefined, checks: SignatureChecks): SignatureLine {
  const check = checks.get(recordId);
  const status = signature ? (check?.status ?? 'not-checked') : 'unsigned';
  const fingerprint = signature ? formatFingerprint(signature.keyFingerprint) : '';
  return { status, words: signatureWords[status], fingerprint, verified: status !== 'not-checked' && signatureHolds(status) };
}

/** "Łucja Wiśniewska (Assessor)". */
export const personLabel = (p: Person) => `${p.name} (${roleLabels[p.role].split(' ')[0]})`;

/** The signature and fingerprint as one cell's lines. */
export function signatureText(line: SignatureLine): string {
  return line.fingerprint ? `${line.words}\nKey ${line.fingerprint}` : line.words;
}
