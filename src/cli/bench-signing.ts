/** `npm run bench`'s signing case: signing and checking 1,000 decisions, against hashing the same bytes. */
import type { Decision } from '../domain/schemas';
import { sha256Hex } from '../domain/hash';
import { signerIdOf } from '../domain/signers';
import { checkSignatures, generateSigningKey, signedBytes, signRecord, verifyRecord } from '../domain/signing';
import { s } from './lib/bench-runner';

const COUNT = 1000;

function decisions(portfolioId: string): Decision[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    id: `decision-${i}`,
    portfolioId,
    markingPointId: `EXT-${(i % 3) + 1}`,
    outcome: i % 5 === 0 ? 'partially-met' : 'met',
    feedback: i % 5 === 0 ? 'Say more about how you followed the complaint up, and what you would do differently next time.' : '',
    methods: ['product-evidence', 'professional-discussion'],
    basedOn: [{ evidenceId: `evidence-${i}`, versionId: `version-${i}`, hash: 'ab'.repeat(32) }],
    assessor: { role: 'assessor', name: 'Morgan Ellis' },
    decidedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  }));
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The fastest of `runs` runs of `fn`, in ms. */
async function fastestOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) best = Math.min(best, await timed(fn));
  return best;
}

export async function signingCase(runs: number): Promise<string> {
  const key = await generateSigningKey();
  const signing = { privateKey: key.privateKey, fingerprint: key.fingerprint };
  const unsigned = decisions('bench');
  let signed: Decision[] = [];
  const signMs = await fastestOf(runs, async () => {
    signed = await Promise.all(unsigned.map((d) => signRecord(d, signing)));
  });
  const verifyMs = await fastestOf(runs, async () => {
    const results = await Promise.all(signed.map((d) => verifyRecord(d, key.publicKey)));
    if (results.some((ok) => !ok)) throw new Error('A benchmark signature did not verify');
  });
  const signer = signed[0]?.assessor ?? { role: 'assessor' as const, name: '' };
  const known = [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer, createdAt: signed[0]?.decidedAt ?? '', signerId: signerIdOf(signer), firstSeenAt: '', confirmed: 'key-card' as const }];
  const checkMs = await fastestOf(runs, () => checkSignatures(signed, known));
  // Baseline: what every signature must do anyway, canonicalise the record and hash it.
  const hashMs = await fastestOf(runs, () => Promise.all(unsigned.map((d) => sha256Hex(signedBytes(d)))));
  const per = (ms: number) => `${((ms / COUNT) * 1000).toFixed(0)} µs each`;
  const ratio = (ms: number) => `${(ms / hashMs).toFixed(1)}×`;
  return [
    `Signatures (ECDSA P-256, WebCrypto in Node), ${COUNT.toLocaleString('en-GB')} decisions, fastest of ${runs}:`,
    `  baseline: canonical JSON + SHA-256 of each   ${s(hashMs)}  (${per(hashMs)})`,
    `  sign                                          ${s(signMs)}  (${per(signMs)}; ${ratio(signMs)} the baseline)`,
    `  verify                                        ${s(verifyMs)}  (${per(verifyMs)}; ${ratio(verifyMs)} the baseline)`,
    `  checkSignatures (verify + pinning, statuses)  ${s(checkMs)}  (${per(checkMs)}; ${ratio(checkMs)} the baseline)`,
    '',
  ].join('\n');
}
