import type { PointCoverage } from '../coverage';
import type { SignatureStatus } from './status';

/**
 * What is wrong with a point's current decision's signature, as this device sees it: unsigned, not
 * holding, or its signer not confirmed. Undefined when there is no decision, when it is confirmed, or
 * when signatures were not checked. One rule for the badge's note and the cohort's cells; no signing code,
 * so screens that show it pull in no Web Crypto.
 */
export function decisionSignatureIssue(pc: Pick<PointCoverage, 'decision' | 'signature'>): SignatureStatus | undefined {
  if (!pc.decision) return undefined;
  if (!pc.decision.signature) return 'unsigned';
  if (!pc.signature) return undefined;
  return pc.signature.status === 'confirmed' ? undefined : pc.signature.status;
}
