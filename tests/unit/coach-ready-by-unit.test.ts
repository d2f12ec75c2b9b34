import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { currentDismissals, type CoachDismissal, type CoachFinding } from '../../src/domain/coach';
import { readinessByUnit } from '../../src/domain/coach/ready-by-unit';

function finding(checkId: string, evidenceIds: string[], markingPointIds: string[]): CoachFinding {
  return { checkId, severity: 'fix', message: `${checkId} on ${evidenceIds.join()}. Add it.`, evidenceIds, markingPointIds, source: { seedUnitId: 'REL', section: 'examTips', quote: 'q' } };
}

function dismissal(checkId: string, evidenceId: string): CoachDismissal {
  return { id: `d-${checkId}`, portfolioId: 'p', type: 'coach-dismissal', at: '2026-11-01T10:00:00.000Z', by: { role: 'learner', name: 'L' }, checkId, evidenceId, reason: 'Not so.' };
}

describe('readinessByUnit', () => {
  const a = finding('a', ['ev-1'], ['EXT-1', 'EXT-2']);
  const b = finding('b', ['ev-2'], ['EXT-3', 'REL-2']);
  const c = finding('c', ['ev-3'], []);
  const d = finding('d', ['ev-4'], ['IMP-4']);

  it('lists each unit in order with the open findings on its points, each once, and the findings naming no point apart', () => {
    const r = readinessByUnit(catalogue, [a, b, c, d], new Map());
    expect(r.units.map((u) => [u.unit.id, u.findings.map((f) => f.checkId)])).toEqual([
      ['EXT', ['a', 'b']],
      ['PRN', []],
      ['DEL', []],
      ['REL', ['b']],
      ['IMP', ['d']],
    ]);
    expect(r.unplaced).toEqual([c]);
    expect(r.dismissed).toBe(0);
  });

  it('leaves out dismissed findings and counts them', () => {
    const r = readinessByUnit(catalogue, [a, b, c, d], currentDismissals([dismissal('b', 'ev-2'), dismissal('c', 'ev-3')]));
    expect(r.units.map((u) => u.findings.map((f) => f.checkId))).toEqual([['a'], [], [], [], ['d']]);
    expect(r.unplaced).toEqual([]);
    expect(r.dismissed).toBe(2);
  });
});
