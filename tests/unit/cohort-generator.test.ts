import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { computeCoverage, type CoverageStatus } from '../../src/domain/coverage';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generateCohort } from '../../src/samples/cohort';

const NOW = '2026-11-22T10:00:00.000Z';

/** A cohort with what differs from run to run (signature bytes, the run's keys) taken out. */
function withoutRunKeys(cohort: PortfolioSnapshot[]): unknown {
  const strip = <T extends { signature?: unknown }>(row: T) => ({ ...row, signature: row.signature ? 'signed' : undefined });
  return cohort.map((s) => ({
    ...s,
    decisions: s.decisions.map(strip),
    records: s.records.map(strip),
    keys: s.keys.map((k) => k.signer),
  }));
}

describe('generateCohort', async () => {
  const cohort = await generateCohort({ learners: 30, seed: 7, now: NOW });

  it('gives the same content for the same seed, and a different cohort for another seed', async () => {
    const again = await generateCohort({ learners: 30, seed: 7, now: NOW });
    expect(withoutRunKeys(again)).toEqual(withoutRunKeys(cohort));
    // The signatures are real and made afresh: their bytes differ between runs.
    expect(again[1]?.decisions[0]?.signature?.value).not.toBe(cohort[1]?.decisions[0]?.signature?.value);
    const other = await generateCohort({ learners: 30, seed: 8, now: NOW });
    expect(other.map((s) => s.portfolio.learnerName)).not.toEqual(cohort.map((s) => s.portfolio.learnerName));
  });

  it('makes distinct learners and numbers, with 3 to 5 assessors, one of them new with few decisions', () => {
    expect(new Set(cohort.map((s) => s.portfolio.id)).size).toBe(30);
    expect(new Set(cohort.map((s) => s.portfolio.learnerName)).size).toBe(30);
    expect(new Set(cohort.map((s) => s.portfolio.learnerNumber)).size).toBe(30);
    const decisionsBy = new Map<string, number>();
    for (const s of cohort) {
      decisionsBy.set(s.portfolio.assessorName, (decisionsBy.get(s.portfolio.assessorName) ?? 0) + s.decisions.length);
      for (const d of s.decisions) expect(d.assessor.name).toBe(s.portfolio.assessorName);
    }
    expect(decisionsBy.size).toBeGreaterThanOrEqual(3);
    expect(decisionsBy.size).toBeLessThanOrEqual(5);
    const counts = [...decisionsBy.values()].sort((a, b) => a - b);
    // The new assessor has made far fewer decisions than any other.
    expect(counts[0]).toBeGreaterThan(0);
    expect((counts[0] ?? 0) * 3).toBeLessThan(counts[1] ?? 0);
  });

  it('varies progress and covers every status: outcomes with feedback, stale, ready, sign-offs', () => {
    const seen = new Set<CoverageStatus>();
    const evidenced: number[] = [];
    for (const s of cohort) {
      const coverage = computeCoverage(catalogue, s.evidence, s.mappings, s.decisions, { versions: s.versions, records: s.records });
      for (const unit of coverage.units) for (const p of unit.points) seen.add(p.status);
      evidenced.push(coverage.evidenced);
    }
    expect([...seen].sort()).toEqual(['evidenced', 'met', 'none', 'not-yet-met', 'partially-met', 'ready', 'stale']);
    expect(Math.min(...evidenced)).toBeLessThan(10);
    expect(Math.max(...evidenced)).toBeGreaterThanOrEqual(19);
    const all = cohort.flatMap((s) => s.decisions);
    for (const d of all.filter((x) => x.outcome !== 'met')) expect(d.feedback.length).toBeGreaterThan(20);
    expect(cohort.filter((s) => s.records.some((r) => r.type === 'sign-off')).length).toBeGreaterThanOrEqual(3);
    expect(cohort.filter((s) => s.records.some((r) => r.type === 'ready')).length).toBeGreaterThanOrEqual(15);
    const lastActivity = new Set(cohort.map((s) => s.portfolio.updatedAt.slice(0, 10)));
    expect(lastActivity.size).toBeGreaterThan(10);
    for (const s of cohort) expect(s.portfolio.updatedAt < NOW).toBe(true);
  });

  it('writes files that Folio itself accepts, signatures and all', async () => {
    for (const snapshot of cohort) {
      const result = await decodeFolio(await encodeFolio(snapshot, { appVersion: 'test', now: NOW }));
      expect(result.ok ? 'ok' : result.error.message, snapshot.portfolio.learnerName).toBe('ok');
    }
  });
});
