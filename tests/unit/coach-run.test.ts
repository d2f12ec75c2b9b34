import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import type { Unit } from '../../src/catalogue';
import { coachChecks, runCoach, type CoachFinding, type CoachInput, type SeedSource } from '../../src/domain/coach';
import { goodComplaint, input, item } from './coach-fixtures';

/** A portfolio with one weakness for every check, and one item written well. */
function weakPortfolio(): CoachInput {
  return input(
    [item({ number: 1, kind: 'witness-testimony', customerType: 'internal', fields: { witnessName: 'A', witnessRole: 'B', statement: 'Helped us.' } }), 'EXT-1'],
    [item({ number: 2, kind: 'complaint', fields: { ...goodComplaint, classification: '', escalation: 'Passed it on.' } }), 'EXT-3'],
    [item({ number: 3, kind: 'service-log', fields: { serviceDelivered: 'Calls', standard: 'Good service' } }), 'EXT-2'],
    [item({ number: 4, kind: 'customer-feedback', fields: { collectionMethod: 'Survey', feedback: 'Slow.' } }), 'REL-3'],
    [{ ...item({ number: 5, kind: 'reflective-account', fields: { situation: 'S', actions: 'A', nextTime: 'More care.' } }), factors: ['Resources'], cycles: [{ cycle: 'Queues', stage: 'deliver' }] }, 'PRN-2'],
    [item({ number: 6, kind: 'service-plan', fields: { objectives: 'Reply within 2 days', resources: 'Two advisers' } }), 'DEL-2'],
    [item({ number: 7, kind: 'performance-report', fields: { kpis: 'Complaints 3 a month', analysis: 'Lower.' } }), 'IMP-4'],
    [item({ number: 8, kind: 'other', fields: { description: 'A note.' } }), 'IMP-5'],
    [{ ...item({ number: 10, kind: 'other', fields: { description: 'Moved call-backs to a shared list, complaints down from 14 to 3.' } }), kpiLinks: [{ evidenceId: 'ev-7', kpiId: 'no-such-row' }] }],
    [item({ number: 9, kind: 'complaint', tags: ['Complaints procedure'], fields: { ...goodComplaint, escalation: 'To my supervisor with the customer details.' } }), 'REL-4'],
  );
}

function sectionTexts(unit: Unit, section: SeedSource['section']): string[] {
  switch (section) {
    case 'misconceptions':
      return unit.misconceptions;
    case 'examTips':
      return unit.examTips;
    case 'markingPoints':
      return unit.markingPoints.map((mp) => mp.text);
    case 'keyConcepts':
      return unit.keyConcepts.flatMap((k) => [k.name, k.text]);
    case 'synopsis':
      return [unit.synopsis];
  }
}

describe('runCoach', () => {
  const findings = runCoach(weakPortfolio());

  it('runs every listed check, and each fires on the weak portfolio', () => {
    expect(new Set(findings.map((f) => f.checkId))).toEqual(new Set(coachChecks.map((c) => c.id)));
    expect(new Set(coachChecks.map((c) => c.id)).size).toBe(coachChecks.length);
  });

  it('says nothing about the item written well', () => {
    expect(findings.filter((f) => f.evidenceIds.includes('ev-9'))).toEqual([]);
  });

  it('lists, for every check, seed words found verbatim in the catalogue', () => {
    const sources = coachChecks.flatMap((c) => c.sources.map((source) => ({ checkId: c.id, source })));
    expect(sources.length).toBeGreaterThanOrEqual(coachChecks.length);
    for (const f of sources) {
      const unit = catalogue.units.find((u) => u.id === f.source.seedUnitId);
      expect(unit, f.checkId).toBeDefined();
      if (unit) expect(sectionTexts(unit, f.source.section).some((t) => t.includes(f.source.quote)), `${f.checkId}: ${f.source.quote}`).toBe(true);
    }
  });

  it('quotes in each finding a source its check lists', () => {
    for (const f of findings) expect(coachChecks.find((c) => c.id === f.checkId)?.sources, f.checkId).toContain(f.source);
  });

  it('quotes every finding’s source verbatim from its unit in the catalogue', () => {
    for (const f of findings) {
      const unit = catalogue.units.find((u) => u.id === f.source.seedUnitId);
      expect(unit, f.checkId).toBeDefined();
      if (unit) expect(sectionTexts(unit, f.source.section).some((t) => t.includes(f.source.quote)), `${f.checkId}: ${f.source.quote}`).toBe(true);
    }
  });

  it('tells the learner what to do in every message', () => {
    for (const f of findings) expect(f.message, f.checkId).toMatch(/\. (Add|Choose|Write|Map|Evaluate|Fill|Name)\b/);
  });

  it('lists fixes first, then by item number, then in check order, whatever order the items came in', () => {
    const key = (f: CoachFinding) => `${f.severity} ${f.evidenceIds.join()} ${f.checkId}`;
    expect(findings.map(key)).toEqual([
      'fix ev-1 internal-customer',
      'fix ev-2 complaint-record',
      'fix ev-2 referral-details',
      'fix ev-3 measurable-standard',
      'fix ev-3 policy-reference',
      'fix ev-4 feedback-analysis',
      'fix ev-4 technique-count',
      'fix ev-5 factor-count',
      'fix ev-6 service-plan',
      'fix ev-7 improvement-measure',
      'fix ev-8 policy-reference',
      'fix ev-10 kpi-links',
      'consider ev-5 reflection-evaluation',
      'consider ev-5 cycle-stages',
    ]);
    const weak = weakPortfolio();
    const reversed = runCoach({ ...weak, evidence: [...weak.evidence].reverse(), mappings: [...weak.mappings].reverse() });
    expect(reversed.map(key)).toEqual(findings.map(key));
  });

  it('cuts a long title in its messages', () => {
    const long = item({ number: 1, kind: 'service-plan', title: 'Plan '.repeat(200), fields: { objectives: 'Reply within 2 days' } });
    const [finding] = runCoach(input([long]));
    expect(finding?.message).toMatch(/^E001 “Plan Plan .{0,60}…” is a service delivery plan/);
    expect(finding?.message.length).toBeLessThan(300);
  });

  it('finds nothing in an empty portfolio', () => {
    expect(runCoach({ catalogue, evidence: [], mappings: [] })).toEqual([]);
  });
});
