import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { computeCoverage, isDecisionStale, percent, statusLabels } from '../../src/domain/coverage';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { Decision, Evidence, Mapping } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';

const NOW = '2026-11-22T10:00:00.000Z';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

function item(id: string, number: number, version = 1): Evidence {
  return {
    id,
    portfolioId: 'p',
    number,
    ref: `E${String(number).padStart(3, '0')}`,
    title: `Item ${number}`,
    kind: 'other',
    date: '2026-11-01',
    customerType: 'external',
    fields: { description: 'x' },
    reflection: '',
    tags: [],
    version,
    versionId: `${id}:v${version}`,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function map(evidenceId: string, markingPointId: string): Mapping {
  return { id: `${evidenceId}:${markingPointId}`, portfolioId: 'p', evidenceId, markingPointId, rationale: 'r', createdAt: NOW, updatedAt: NOW };
}

describe('computeCoverage', () => {
  it('reports every marking point as a gap for an empty portfolio', () => {
    const c = computeCoverage(catalogue, [], []);
    expect(c.evidenced).toBe(0);
    expect(c.total).toBe(21);
    expect(c.gaps).toHaveLength(21);
    expect(c.units.map((u) => u.total)).toEqual([3, 4, 4, 5, 5]);
  });

  it('counts a marking point once however many items map to it, and lists them in reference order', () => {
    const e1 = item('a', 1);
    const e2 = item('b', 2);
    const c = computeCoverage(catalogue, [e2, e1], [map('b', 'REL-3'), map('a', 'REL-3'), map('a', 'EXT-1')]);
    expect(c.evidenced).toBe(2);
    expect(c.byPoint.get('REL-3')?.evidence.map((e) => e.ref)).toEqual(['E001', 'E002']);
    expect(c.byPoint.get('REL-3')?.status).toBe('evidenced');
    expect(c.units.find((u) => u.unit.id === 'REL')?.evidenced).toBe(1);
    expect(c.gaps.map((g) => g.point.id)).not.toContain('EXT-1');
  });

  it('ignores a mapping whose evidence is gone', () => {
    const c = computeCoverage(catalogue, [], [map('ghost', 'EXT-1')]);
    expect(c.byPoint.get('EXT-1')?.status).toBe('none');
  });

  it('takes an assessor decision as the status, and “evidence changed since assessment” once the evidence changed', () => {
    const e1 = item('a', 1, 2);
    const decision: Decision = {
      id: 'p:EXT-1', portfolioId: 'p', markingPointId: 'EXT-1', outcome: 'met', feedback: '', methods: [], assessor: { role: 'assessor', name: 'A' }, decidedAt: NOW,
      basedOn: [{ evidenceId: 'a', versionId: 'a:v1' }],
    };
    const c = computeCoverage(catalogue, [e1], [map('a', 'EXT-1')], [decision]);
    expect(c.byPoint.get('EXT-1')?.status).toBe('stale');
    expect(statusLabels.stale).toBe('Evidence changed since assessment');
    expect(c.byPoint.get('EXT-1')?.stale).toBe(true);
    expect(c.byPoint.get('EXT-1')?.countsAsMet).toBe(false);
    expect(c.met).toBe(0);
    expect(isDecisionStale({ ...decision, basedOn: [{ evidenceId: 'a', versionId: 'a:v2' }] }, [e1])).toBe(false);
    expect(isDecisionStale({ ...decision, basedOn: [{ evidenceId: 'a', versionId: 'a:v2' }] }, [e1, item('b', 2)])).toBe(true);
    // A decision from a format 1 file names version numbers only.
    expect(isDecisionStale({ ...decision, basedOn: [{ evidenceId: 'a', version: 2 }] }, [e1])).toBe(false);
    expect(isDecisionStale({ ...decision, basedOn: [{ evidenceId: 'a', version: 1 }] }, [e1])).toBe(true);
  });

  it('rounds percentages and survives a zero total', () => {
    expect(percent(18, 21)).toBe(86);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('demo portfolio', () => {
  let demo: PortfolioSnapshot;
  beforeAll(async () => {
    demo = await buildDemoSnapshot({ now: NOW, newId: ids() });
  });

  it('has about twenty items of several kinds with unique references', () => {
    expect(demo.evidence.length).toBeGreaterThanOrEqual(18);
    expect(new Set(demo.evidence.map((e) => e.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.evidence.map((e) => e.ref)).size).toBe(demo.evidence.length);
    expect(demo.portfolio.nextEvidenceNumber).toBe(demo.evidence.length + 1);
  });

  it('covers most marking points but leaves gaps', () => {
    const c = computeCoverage(catalogue, demo.evidence, demo.mappings, demo.decisions, { versions: demo.versions, records: demo.records });
    expect(c.gaps.map((g) => g.point.id)).toEqual(['PRN-4', 'DEL-2', 'IMP-3']);
    expect(c.byPoint.get('EXT-3')?.status).toBe('met');
    expect(c.byPoint.get('EXT-3')?.stale).toBe(false);
    // Bound by hash to the version judged, so it is current; but it is unsigned, so it never counts as met.
    expect(c.byPoint.get('EXT-3')?.countsAsMet).toBe(false);
  });

  it('maps only to marking points the catalogue knows', () => {
    const known = new Set(catalogue.units.flatMap((u) => u.markingPoints.map((m) => m.id)));
    for (const m of demo.mappings) expect(known.has(m.markingPointId)).toBe(true);
  });
});

describe('demo portfolio data', () => {
  it('passes the same schemas as anything a learner types or a file brings', async () => {
    const { evidenceInputSchema, evidenceSchema, mappingSchema, portfolioSchema, decisionSchema } = await import('../../src/domain/schemas');
    const demo = await buildDemoSnapshot({ now: NOW, newId: ids() });
    expect(portfolioSchema.safeParse(demo.portfolio).success).toBe(true);
    for (const e of demo.evidence) {
      expect(evidenceSchema.safeParse(e).error?.issues ?? []).toEqual([]);
      expect(evidenceInputSchema.safeParse(e).error?.issues ?? []).toEqual([]);
    }
    for (const m of demo.mappings) expect(mappingSchema.safeParse(m).success).toBe(true);
    for (const d of demo.decisions) expect(decisionSchema.safeParse(d).success).toBe(true);
  });
});

describe('demo portfolio with photos', () => {
  it('attaches a PNG chart and a sideways JPEG photo with correct checksums', async () => {
    const { buildDemoPortfolio } = await import('../../src/samples/demo-photos');
    const { sha256Hex } = await import('../../src/domain/hash');
    const demo = await buildDemoPortfolio({ now: NOW, newId: ids() });
    expect(demo.attachments.map((a) => a.type)).toEqual(['image/png', 'image/jpeg']);
    for (const a of demo.attachments) {
      expect(a.size).toBe(a.bytes.length);
      expect(await sha256Hex(a.bytes)).toBe(a.sha256);
      expect(demo.evidence.some((e) => e.id === a.evidenceId)).toBe(true);
    }
    expect(Array.from(demo.attachments[0]!.bytes.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    expect(Array.from(demo.attachments[1]!.bytes.slice(0, 2))).toEqual([0xff, 0xd8]);
  });
});
