import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { PortfolioRecord } from '../domain/records';
import type { Decision } from '../domain/schemas';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { checkSignatures, type SignatureCheck } from '../domain/signing/status';
import { db, type KeyRow } from './database';

interface SignatureInputs {
  decisions: Decision[];
  records: PortfolioRecord[];
  keys: KeyRow[];
}

/** A portfolio's decisions and records, with every key this device knows (pinning looks at all of a signer's keys). */
function readInputs(portfolioId: string): Promise<SignatureInputs> {
  const d = db();
  return d.transaction('r', [d.decisions, d.records, d.keys], async () => {
    const [decisions, records, keys] = await Promise.all([
      d.decisions.where('portfolioId').equals(portfolioId).toArray(),
      d.records.where('portfolioId').equals(portfolioId).toArray(),
      d.keys.toArray(),
    ]);
    return { decisions, records, keys };
  });
}

/**
 * Every signature of a portfolio as this device sees it, by record id. Web Crypto is not IndexedDB, so a
 * change that needs them (the assessor's writes, the lock checks) calls this before its transaction.
 */
export async function signatureChecksOf(portfolioId: string): Promise<Map<string, SignatureCheck>> {
  const { decisions, records, keys } = await readInputs(portfolioId);
  return checkSignatures([...decisions, ...records], keys);
}

/**
 * The same, live: recomputed when the portfolio's decisions or records or the device's keys change.
 * undefined until the first check is done. The checking (WebCrypto) runs outside the live query, which
 * must await nothing but the database.
 */
export function useSignatureChecks(portfolioId: string): Map<string, SignatureCheck> | undefined {
  const inputs = useLiveQuery(() => readInputs(portfolioId), [portfolioId]);
  const [checks, setChecks] = useState<{ inputs: SignatureInputs; checks: Map<string, SignatureCheck> } | undefined>(undefined);
  useEffect(() => {
    if (!inputs) return;
    let current = true;
    void checkSignatures([...inputs.decisions, ...inputs.records], inputs.keys).then((result) => {
      if (current) setChecks({ inputs, checks: result });
    });
    return () => {
      current = false;
    };
  }, [inputs]);
  // Checks of older inputs are kept until the new ones are ready, so a badge does not flicker to "loading".
  return checks?.checks;
}

/**
 * The signature status of every decision and record of a snapshot as this device sees it: verified
 * against the keys it knows, pinned and confirmed as it holds them (for the PDF, made before its model).
 */
export async function readSignatureChecks(snapshot: Pick<PortfolioSnapshot, 'decisions' | 'records'>): Promise<Map<string, SignatureCheck>> {
  const known = await db().keys.toArray();
  return checkSignatures([...snapshot.decisions, ...snapshot.records], known);
}
