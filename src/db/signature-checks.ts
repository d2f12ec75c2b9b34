import type { PortfolioSnapshot } from '../domain/snapshot';
import { checkSignatures, type SignatureCheck } from '../domain/signing/status';
import { db } from './database';

/**
 * The signature status of every decision and record of a portfolio as this device sees it: verified
 * against the keys it knows, pinned and confirmed as it holds them (for the PDF, made before its model).
 */
export async function readSignatureChecks(snapshot: Pick<PortfolioSnapshot, 'decisions' | 'records'>): Promise<Map<string, SignatureCheck>> {
  const known = await db().keys.toArray();
  return checkSignatures([...snapshot.decisions, ...snapshot.records], known);
}
