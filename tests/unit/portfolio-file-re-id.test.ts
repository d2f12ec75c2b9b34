import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage';
import { catalogue } from '../../src/catalogue';
import { generatePortfolio } from '../../src/samples/generate';
import { reIdSnapshot } from '../../src/domain/portfolio-file';
import { mappingId } from '../../src/domain/references';

const now = '2026-11-22T09:00:00.000Z';

describe('reIdSnapshot (import, keep both)', () => {
  it('gives the portfolio and everything it owns new ids, and keeps every link between them', async () => {
    const original = await generatePortfolio({ items: 12, imageEvery: 4, seed: 5, now, imageWidth: 32 });
    let n = 0;
    const copy = reIdSnapshot(original, () => `new-${(n += 1)}`);

    const oldIds = new Set([
      original.portfolio.id,
      ...original.evidence.map((e) => e.id),
      ...original.attachments.map((a) => a.id),
      ...original.mappings.map((m) => m.id),
      ...original.decisions.map((d) => d.id),
      ...original.audit.map((a) => a.id),
    ]);
    const newIds = [
      copy.portfolio.id,
      ...copy.evidence.map((e) => e.id),
      ...copy.attachments.map((a) => a.id),
      ...copy.mappings.map((m) => m.id),
      ...copy.decisions.map((d) => d.id),
      ...copy.versions.map((v) => v.id),
      ...copy.audit.map((a) => a.id),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);

    const pid = copy.portfolio.id;
    const rows = [...copy.evidence, ...copy.mappings, ...copy.decisions, ...copy.attachments, ...copy.audit];
    expect(rows.every((r) => r.portfolioId === pid)).toBe(true);
    const evidenceIds = new Set(copy.evidence.map((e) => e.id));
    for (const m of copy.mappings) {
      expect(evidenceIds.has(m.evidenceId)).toBe(true);
      expect(m.id).toBe(mappingId(m.evidenceId, m.markingPointId));
    }
    for (const a of copy.attachments) expect(evidenceIds.has(a.evidenceId)).toBe(true);
    const versionIds = new Set(copy.versions.map((v) => v.id));
    for (const e of copy.evidence) expect(versionIds.has(e.versionId)).toBe(true);
    for (const v of copy.versions) expect(evidenceIds.has(v.evidenceId)).toBe(true);
    for (const d of copy.decisions) {
      expect(d.basedOn.every((b) => evidenceIds.has(b.evidenceId))).toBe(true);
    }

    // What a person sees is unchanged: references, content, coverage and staleness of decisions.
    expect(copy.evidence.map(({ id: _i, portfolioId: _p, versionId: _v, ...rest }) => rest)).toEqual(original.evidence.map(({ id: _i, portfolioId: _p, versionId: _v, ...rest }) => rest));
    expect(copy.attachments.map((a) => [a.name, a.sha256, a.bytes])).toEqual(original.attachments.map((a) => [a.name, a.sha256, a.bytes]));
    const summary = (s: typeof original) =>
      computeCoverage(catalogue, s.evidence, s.mappings, s.decisions).units.flatMap((u) => u.points.map((p) => [p.point.id, p.status, p.stale, p.evidence.map((e) => e.ref)]));
    expect(summary(copy)).toEqual(summary(original));
    expect(original.portfolio.id).not.toBe(pid);
  });
});
