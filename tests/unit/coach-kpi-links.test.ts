import { describe, expect, it } from 'vitest';
import { runCoach } from '../../src/domain/coach';
import { checkImprovementMeasure } from '../../src/domain/coach/improvement-measure';
import { checkKpiLinks } from '../../src/domain/coach/kpi-links';
import { checkMeasurableStandard } from '../../src/domain/coach/measurable-standard';
import type { Evidence, KpiRow } from '../../src/domain/schemas';
import { input, item } from './coach-fixtures';

const measured: KpiRow = { id: 'row-1', measure: 'Call-back complaints', unit: 'a quarter', baseline: 14, baselineDate: '2026-06-30', target: 5, result: 3, resultDate: '2026-09-30' };
const unmeasured: KpiRow = { id: 'row-2', measure: 'Replies within 24 hours', unit: '%', baseline: 61, baselineDate: '2026-06-30', target: 90 };

function report(rows: KpiRow[]): Evidence {
  return { ...item({ number: 7, kind: 'performance-report', fields: { kpis: '' } }), kpiRows: rows };
}

function improvement(links: { evidenceId: string; kpiId: string }[], description = 'We moved call-backs to a shared list.'): Evidence {
  return { ...item({ number: 9, kind: 'other', fields: { description } }), kpiLinks: links };
}

describe('KPI links check', () => {
  it('is quiet when every linked row has its result', () => {
    expect(checkKpiLinks(input([report([measured, unmeasured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-1' }]), 'IMP-4']))).toEqual([]);
  });

  it('asks for the result of a linked row that has none, naming the row and the report', () => {
    const found = checkKpiLinks(input([report([measured, unmeasured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-2' }]), 'IMP-4']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'kpi-links', severity: 'fix', evidenceIds: ['ev-9'], markingPointIds: ['IMP-4'] });
    expect(found[0]?.message).toBe(
      'E009 “Item 9” claims to have moved “Replies within 24 hours (%)” in E007, but that row has no result yet. Add the result and the date it was measured to E007, so the claim has a before and an after.',
    );
  });

  it('reports a link to a row, or a report, that no longer exists', () => {
    const found = checkKpiLinks(
      input(
        [report([measured])],
        [improvement([
          { evidenceId: 'ev-7', kpiId: 'gone' },
          { evidenceId: 'ev-404', kpiId: 'row-1' },
        ])],
      ),
    );
    expect(found.map((f) => f.message)).toEqual([
      'E009 “Item 9” links a KPI row that E007 no longer has. Choose the row that replaced it under “KPIs this item moved”, or remove the link.',
      'E009 “Item 9” links a KPI row in a performance report that no longer exists. Choose the row that replaced it under “KPIs this item moved”, or remove the link.',
    ]);
  });

  it('reads rows only from performance reports', () => {
    const notAReport: Evidence = { ...item({ number: 7, kind: 'other', fields: { description: 'x' } }), kpiRows: [measured] };
    expect(checkKpiLinks(input([notAReport], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-1' }])]))).toHaveLength(1);
  });

  it('is run by the coach', () => {
    const found = runCoach(input([report([unmeasured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-2' }]), 'IMP-4']));
    expect(found.map((f) => f.checkId)).toContain('kpi-links');
  });
});

describe('the improvement before-and-after check with KPI links', () => {
  it('counts a linked row with a baseline and a result as the before-and-after measure', () => {
    const plain = improvement([], 'We moved call-backs to a shared list.');
    expect(checkImprovementMeasure(input([report([measured])], [plain, 'IMP-4']))).toHaveLength(1);
    expect(checkImprovementMeasure(input([report([measured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-1' }]), 'IMP-4']))).toEqual([]);
  });

  it('does not count a linked row with no result, nor a broken link', () => {
    expect(checkImprovementMeasure(input([report([unmeasured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'row-2' }]), 'IMP-4']))).toHaveLength(1);
    expect(checkImprovementMeasure(input([report([measured])], [improvement([{ evidenceId: 'ev-7', kpiId: 'gone' }]), 'IMP-4']))).toHaveLength(1);
  });

  it('tells the learner a linked KPI row is a way to fix it', () => {
    const [finding] = checkImprovementMeasure(input([report([])], [improvement([]), 'IMP-4']));
    expect(finding?.message).toContain('or link the KPI row it moved');
  });
});

describe('the measurable standard check on a report with KPI rows', () => {
  it('counts rows (each with a numeric target) as measurable, whatever the old text says', () => {
    expect(checkMeasurableStandard(input([report([unmeasured])]))).toEqual([]);
    expect(checkMeasurableStandard(input([report([])]))).toHaveLength(1);
  });
});
