/**
 * Issue 8: importing an assessor's return file (a 200-item portfolio plus 50 signed decisions) into
 * the learner's copy — every check, every signature verified, then the merge — next to importing the
 * same file fresh (every check, no merge), in the same run. In memory, without the database, like the
 * export/import columns of the main table.
 */
import { appVersion } from '../domain/app-version';
import { formatMegabytes } from '../domain/byte-sizes';
import { allMarkingPoints } from '../catalogue';
import { mergeSnapshots } from '../domain/merge';
import { decodeFolio, encodeFolio } from '../domain/portfolio-file';
import type { Decision } from '../domain/schemas';
import { generateSigningKey, signRecord } from '../domain/signing';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { generatePortfolio } from '../samples/generate';
import { s } from './lib/bench-runner';

const NOW = '2026-11-22T09:00:00.000Z';

/** The learner's portfolio as the assessor sends it back: 50 signed decisions on its mapped points. */
async function withDecisions(sent: PortfolioSnapshot, count: number): Promise<PortfolioSnapshot> {
  const key = await generateSigningKey();
  const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };
  const current = new Map(sent.versions.map((v) => [v.id, v]));
  const decisions: Decision[] = [];
  for (let i = 0; i < count; i += 1) {
    const point = allMarkingPoints[i % allMarkingPoints.length];
    if (!point) break;
    const basedOn = sent.mappings
      .filter((m) => m.markingPointId === point.id)
      .slice(0, 5)
      .map((m) => {
        const item = sent.evidence.find((e) => e.id === m.evidenceId);
        const v = item ? current.get(item.versionId) : undefined;
        return { evidenceId: m.evidenceId, versionId: v?.id, version: v?.version, hash: v?.pointHashes[point.id] };
      });
    const decision: Decision = {
      id: `bench-decision-${i}`,
      portfolioId: sent.portfolio.id,
      markingPointId: point.id,
      outcome: i % 3 === 0 ? 'partially-met' : 'met',
      feedback: i % 3 === 0 ? 'Show the follow-up you agreed with the customer.' : '',
      methods: ['product-evidence'],
      basedOn,
      assessor,
      decidedAt: `2026-11-23T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
    };
    decisions.push(await signRecord(decision, key));
  }
  return { ...sent, decisions: [...sent.decisions, ...decisions], keys: [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, createdAt: NOW }] };
}

async function timedMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function returnFileCase(runs: number, items = 200, decisions = 50): Promise<string> {
  const sent = await generatePortfolio({ items, imageEvery: 4, seed: items, now: NOW, imageWidth: 64 });
  const back = await withDecisions(sent, decisions);
  const file = await encodeFolio(back, { appVersion, now: NOW });
  const decode = async () => {
    const decoded = await decodeFolio(file);
    if (!decoded.ok) throw new Error(`The return file does not decode: ${decoded.error.message}`);
    return decoded.snapshot;
  };
  let added = 0;
  const merge = async () => {
    added = mergeSnapshots(sent, await decode()).added.decisions;
  };
  // One untimed run first, so that neither figure carries the first run's compiling and key imports;
  // then the two in turn, so that a busy moment of the machine falls on both alike.
  await merge();
  const tries = Math.max(runs, 5);
  let fresh = Infinity;
  let merged = Infinity;
  let mergeOnly = Infinity;
  for (let i = 0; i < tries; i += 1) {
    fresh = Math.min(fresh, await timedMs(decode));
    merged = Math.min(merged, await timedMs(merge));
    mergeOnly = Math.min(mergeOnly, await timedMs(async () => mergeSnapshots(sent, back)));
  }
  return [
    `Return file (issue 8): ${items} items and ${back.decisions.length - sent.decisions.length} signed decisions, ${formatMegabytes(file.length)}; fastest of ${tries}`,
    `  imported fresh:          ${s(fresh)} (every check, every signature verified)`,
    `  merged into the learner: ${s(merged)} (the same, then the merge; ${added} decisions added), ${(merged / fresh).toFixed(2)}× fresh`,
    `  the merge alone:         ${s(mergeOnly)}`,
    '',
  ].join('\n');
}
