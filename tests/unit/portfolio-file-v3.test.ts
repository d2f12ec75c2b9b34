import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/evidence-hash';
import { decodeFolio, encodeFolio, FOLIO_FORMAT_VERSION } from '../../src/domain/portfolio-file';
import type { VersionContent } from '../../src/domain/records';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { makeVersion } from '../../src/domain/versions';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { readAsVersion } from './folio-edit';

const meta = { appVersion: '0.3.0-test', now: '2026-12-01T10:00:00.000Z' };

async function demo(): Promise<PortfolioSnapshot> {
  let n = 0;
  return buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
}

const plain: VersionContent = {
  title: 'Reply times, spring',
  kind: 'performance-report',
  date: '2026-04-30',
  customerType: 'external',
  fields: { period: 'March to April', kpis: 'Replies within 24 hours: 61% before, 78% after', analysis: '', actions: '' },
  reflection: '',
  tags: [],
};

describe('format version 4 (issue 10: structured content)', () => {
  it('writes version 4, and opens a version 3 file as it was, a performance report’s KPIs written as text kept as text', async () => {
    expect(FOLIO_FORMAT_VERSION).toBe(4);
    const snapshot = await demo();
    const { current, old } = await readAsVersion(snapshot, 3, meta);
    expect(old).toStrictEqual(current);
    const reports = old.evidence.filter((e) => e.kind === 'performance-report');
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(report.fields.kpis).toBe(snapshot.evidence.find((e) => e.id === report.id)?.fields.kpis);
  });

  it('leaves the content hash of an item with no structured content as it was, and an empty list counts as none', async () => {
    const before = await contentHash(plain, []);
    expect(await contentHash({ ...plain, factors: [], kpiRows: [], cycles: [] }, [])).toBe(before);
    expect(await contentHash({ ...plain, factors: ['Resources'] }, [])).not.toBe(before);
  });

  it('carries KPI rows, links, lists and cycles through a file and back, with the hashes they were saved with', async () => {
    const snapshot = await demo();
    const report = snapshot.evidence.find((e) => e.kind === 'performance-report');
    const version = snapshot.versions.find((v) => v.id === report?.versionId);
    if (!report || !version) throw new Error('the demo has a performance report');
    const content: VersionContent = {
      ...version.content,
      factors: ['Resources', 'Customer expectations'],
      legislation: ['Equality Act 2010'],
      policies: ['Returns policy'],
      kpiRows: [{ id: 'k1', measure: 'Replies within 24 hours', unit: '%', baseline: 61, baselineDate: '2026-03-01', target: 75, result: 78, resultDate: '2026-04-30' }],
      cycles: [{ cycle: 'Reply times', stage: 'monitor' }],
    };
    const next = await makeVersion({ ...version, id: 'v-next', version: version.version + 1, parents: [version.id], savedAt: '2026-11-23T10:00:00.000Z', content });
    const edited: PortfolioSnapshot = {
      ...snapshot,
      portfolio: { ...snapshot.portfolio, policies: ['Returns policy'] },
      versions: [...snapshot.versions, next],
      evidence: snapshot.evidence.map((e) => (e.id === report.id ? { ...e, ...content, version: next.version, versionId: next.id, updatedAt: next.savedAt } : e)),
    };
    const decoded = await decodeFolio(await encodeFolio(edited, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const back = decoded.snapshot.versions.find((v) => v.id === 'v-next');
    expect(back?.content.kpiRows).toStrictEqual(content.kpiRows);
    expect(back?.contentHash).toBe(next.contentHash);
    expect(decoded.snapshot.portfolio.policies).toStrictEqual(['Returns policy']);
    expect(decoded.snapshot.evidence.find((e) => e.id === report.id)?.cycles).toStrictEqual([{ cycle: 'Reply times', stage: 'monitor' }]);
  });
});
