import { describe, expect, it } from 'vitest';
import type { EvidenceVersion } from '../../src/domain/records';
import type { KpiRow } from '../../src/domain/schemas';
import { editAuditDetail, diffVersions } from '../../src/domain/version-diff';

type Shape = Pick<EvidenceVersion, 'content' | 'attachments' | 'mappings'>;

const row: KpiRow = { id: 'r1', measure: 'Replies within 24 hours', unit: '%', baseline: 61, baselineDate: '2026-03-01', target: 90 };
const report: Shape = {
  content: { title: 'Q3 review', kind: 'performance-report', date: '2026-09-30', customerType: 'external', fields: { kpis: '' }, reflection: '', tags: [], kpiRows: [row] },
  attachments: [],
  mappings: [],
};

describe('comparing versions with KPI rows and links', () => {
  it('shows a KPI row’s new result as a change, before and after in words', () => {
    const next: Shape = { ...report, content: { ...report.content, kpiRows: [{ ...row, result: 78, resultDate: '2026-06-01' }] } };
    expect(diffVersions(report, next)).toEqual([
      {
        field: 'KPI rows',
        part: 'content',
        before: 'Replies within 24 hours (%): before 61 (1 March 2026), target 90, no result yet',
        after: 'Replies within 24 hours (%): before 61 (1 March 2026), target 90, after 78 (1 June 2026)',
      },
    ]);
    expect(editAuditDetail('E007 Q3 review', report, next, () => undefined)).toBe('E007 Q3 review (changed: KPI rows)');
  });

  it('shows a link added', () => {
    const next: Shape = { ...report, content: { ...report.content, kpiLinks: [{ evidenceId: 'ev-2', kpiId: 'r9' }] } };
    expect(diffVersions(report, next).map((c) => c.field)).toEqual(['KPIs this item moved']);
  });

  it('finds no change between an item with no rows and one with an empty list', () => {
    const none: Shape = { ...report, content: { ...report.content, kpiRows: undefined } };
    expect(diffVersions(none, { ...none, content: { ...none.content, kpiRows: [] } })).toEqual([]);
  });
});
