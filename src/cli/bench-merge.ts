/**
 * Issue 8 in the bench: merging two 500-item copies of one portfolio that went their own ways (the
 * learner edited and added items, the assessor decided and commented), against a plain union by id of
 * the same rows measured in the same run, so the cost of tombstones, heads and numbering shows as a ratio.
 */
import { mergeSnapshots } from '../domain/merge';
import type { PortfolioRecord } from '../domain/records';
import type { Decision } from '../domain/schemas';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { makeVersion } from '../domain/versions';
import { generatePortfolio } from '../samples/generate';

const NOW = '2026-11-22T09:00:00.000Z';
const LATER = '2026-11-23T09:00:00.000Z';

/** The learner's copy: every fifth item edited, 50 items added, one in twenty deleted. */
async function learnerCopy(base: PortfolioSnapshot): Promise<PortfolioSnapshot> {
  const versions = [...base.versions];
  const records: PortfolioRecord[] = [...base.records];
  for (const [i, v] of base.versions.entries()) {
    if (i % 5 === 0) versions.push(await makeVersion({ ...v, id: `${v.id}-edit`, version: v.version + 1, parents: [v.id], savedAt: LATER, content: { ...v.content, title: `${v.content.title} (edited)` } }));
    if (i % 20 === 1) records.push({ id: `${v.evidenceId}-gone`, portfolioId: v.portfolioId, type: 'tombstone', at: LATER, by: v.author, evidenceId: v.evidenceId, versionIds: [v.id] });
  }
  const first = base.versions[0];
  if (!first) throw new Error('The bench portfolio has no versions.');
  for (let n = 0; n < 50; n += 1) {
    const number = base.portfolio.nextEvidenceNumber + n;
    versions.push(await makeVersion({ ...first, id: `new-${n}`, evidenceId: `new-item-${n}`, number, version: 1, parents: [], savedAt: LATER, attachments: [] }));
  }
  return { ...base, versions, records, portfolio: { ...base.portfolio, nextEvidenceNumber: base.portfolio.nextEvidenceNumber + 50, updatedAt: LATER } };
}

/** The assessor's copy: a decision on every point the items map to, and a comment on one item in ten. */
function assessorCopy(base: PortfolioSnapshot): PortfolioSnapshot {
  const decisions: Decision[] = [...base.decisions];
  const records: PortfolioRecord[] = [...base.records];
  const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };
  for (const [i, v] of base.versions.entries()) {
    for (const m of v.mappings) {
      decisions.push({ id: `d-${v.id}-${m.markingPointId}`, portfolioId: v.portfolioId, markingPointId: m.markingPointId, outcome: 'met', feedback: '', methods: ['product-evidence'], basedOn: [{ evidenceId: v.evidenceId, versionId: v.id, hash: v.pointHashes[m.markingPointId] }], assessor, decidedAt: LATER });
    }
    if (i % 10 === 0) records.push({ id: `c-${v.id}`, portfolioId: v.portfolioId, type: 'comment', at: LATER, by: assessor, evidenceId: v.evidenceId, versionId: v.id, text: 'Clear and well explained.' });
  }
  return { ...base, decisions, records };
}

/** The baseline: the same parts joined by id, nothing else. */
function plainUnion(a: PortfolioSnapshot, b: PortfolioSnapshot): number {
  const union = <T>(x: readonly T[], y: readonly T[], key: (row: T) => string) => new Map([...x, ...y].map((r) => [key(r), r])).size;
  return (
    union(a.versions, b.versions, (v) => v.id) +
    union(a.decisions, b.decisions, (d) => d.id) +
    union(a.records, b.records, (r) => r.id) +
    union(a.attachments, b.attachments, (x) => x.id) +
    union(a.audit, b.audit, (x) => x.id) +
    union(a.evidence, b.evidence, (e) => e.id)
  );
}

const ms = (t: number) => `${t.toFixed(1)} ms`;

function fastestOf(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function mergeCase(runs: number, items = 500): Promise<string> {
  const base = await generatePortfolio({ items, imageEvery: 4, seed: 8, now: NOW, imageWidth: 32 });
  const learner = await learnerCopy(base);
  const assessor = assessorCopy(base);
  const result = mergeSnapshots(assessor, learner);
  const mergeMs = fastestOf(runs, () => mergeSnapshots(assessor, learner));
  const againMs = fastestOf(runs, () => mergeSnapshots(result.snapshot, learner));
  const unionMs = fastestOf(runs, () => plainUnion(assessor, learner));
  const { added, removed } = result;
  return [
    `Merging two ${items}-item copies (fastest of ${runs}): the learner's (${learner.versions.length} versions, ${added.items} new items, ${removed.items} deleted) into the assessor's (${assessor.decisions.length} decisions, ${assessor.records.length} records)`,
    `  merge ${ms(mergeMs)} · the same file merged again ${ms(againMs)} · plain union by id of the same rows ${ms(unionMs)} · ratio ${(mergeMs / unionMs).toFixed(0)}×`,
    `  ${result.snapshot.evidence.length} items after the merge, ${result.conflicts.length} conflicts`,
    '',
  ].join('\n');
}
