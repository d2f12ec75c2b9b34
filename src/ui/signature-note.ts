import type { PointCoverage } from '../domain/coverage';
import { decisionSignatureIssue } from '../domain/signing/decision-signature';
import { signatureStatusLabels } from '../domain/signing/status';

// Here rather than in coverage.ts: the labels come with the signature checker, which the first screen loads only when it needs it.
/**
 * Why a point's decision does not read as plainly as its outcome: its signature's status, unless the
 * signature verifies and its signer is confirmed. Undefined when there is nothing to add.
 */
export function signatureNote(pc: Pick<PointCoverage, 'decision' | 'signature'>): string | undefined {
  const issue = decisionSignatureIssue(pc);
  return issue ? signatureStatusLabels[issue] : undefined;
}

