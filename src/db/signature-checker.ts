import type { PortfolioRecord } from '../domain/records';
import type { Decision } from '../domain/schemas';
import type { KnownKey, SignatureCheck } from '../domain/signing/status';

/**
 * checkSignatures, loaded when first called: the verifier and its canonical JSON come after the first
 * screen's own JavaScript rather than in it (the first-load budget, src/cli/check-first-load.ts).
 */
export async function checkSignatures(records: (Decision | PortfolioRecord)[], keys: KnownKey[]): Promise<Map<string, SignatureCheck>> {
  const { checkSignatures: check } = await import('../domain/signing/status');
  return check(records, keys);
}
