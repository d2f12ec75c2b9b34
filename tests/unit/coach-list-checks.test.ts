import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { runCoach } from '../../src/domain/coach';
import { checkFactorCount, checkTechniqueCount, countedPoints } from '../../src/domain/coach/list-count';
import { checkPolicyReference } from '../../src/domain/coach/policy-reference';
import type { Evidence } from '../../src/domain/schemas';
import { input, item } from './coach-fixtures';

const reflection = (number: number, factors?: string[], techniques?: string[]): Evidence => ({
  ...item({ number, kind: 'reflective-account', fields: { situation: 'A busy week', actions: 'Planned the rota' } }),
  ...(factors ? { factors } : {}),
  ...(techniques ? { feedbackTechniques: techniques } : {}),
});

describe('the points that count a list', () => {
  it('are found by the catalogue’s words, with the number each asks for', () => {
    expect(countedPoints(catalogue, 'factors').map(({ point, min }) => [point.id, min])).toEqual([['PRN-2', 3]]);
    expect(countedPoints(catalogue, 'feedbackTechniques').map(({ point, min }) => [point.id, min])).toEqual([['REL-3', 2]]);
  });

  it('agree with the threshold the catalogue records for the same points', () => {
    for (const list of ['factors', 'feedbackTechniques'] as const) {
      for (const { point, min } of countedPoints(catalogue, list)) expect(point.threshold?.min).toBe(min);
    }
  });
});

describe('factor count check', () => {
  it('fires when the evidence on PRN-2 names fewer than three distinct factors, saying how many and what to do', () => {
    const found = checkFactorCount(input([reflection(1, ['Resources', 'resources ']), 'PRN-2'], [reflection(2, ['Customer expectations']), 'PRN-2']));
    expect(found).toEqual([
      expect.objectContaining({ checkId: 'factor-count', severity: 'fix', evidenceIds: ['ev-1', 'ev-2'], markingPointIds: ['PRN-2'] }),
    ]);
    expect(found[0]?.message).toBe(
      'PRN-2 asks for at least 3 distinct factors; the evidence mapped to it names 2 (resources and customer expectations). Add 1 more distinct factor in the Factors field of E001 or E002, and say in the text how each one applied.',
    );
  });

  it('fires with none named, pointing to the kinds that have the field when no mapped item has it', () => {
    const found = checkFactorCount(input([item({ number: 3, kind: 'witness-testimony' }), 'PRN-2']));
    expect(found[0]?.message).toContain('names none. Add 3 more distinct factors in the Factors field of an item mapped there (reflective account');
  });

  it('counts across every item mapped to the point, case-insensitively', () => {
    expect(checkFactorCount(input([reflection(1, ['Resources', 'Company policies']), 'PRN-2'], [reflection(2, ['COMPANY POLICIES', 'Staff training']), 'PRN-2']))).toEqual([]);
  });

  it('never guesses factors from prose', () => {
    const wordy = { ...reflection(1), reflection: 'Resources, company policies and customer expectations all shaped the service.' };
    expect(checkFactorCount(input([wordy, 'PRN-2']))).toHaveLength(1);
  });

  it('is quiet when nothing is mapped to the point, or items are mapped elsewhere', () => {
    expect(checkFactorCount(input([reflection(1, ['Resources']), 'PRN-1']))).toEqual([]);
  });
});

describe('feedback technique count check', () => {
  it('fires when REL-3 has one technique', () => {
    const survey = { ...item({ number: 4, kind: 'survey-results' }), feedbackTechniques: ['Surveys'] };
    const found = checkTechniqueCount(input([survey, 'REL-3']));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'REL-3 asks for at least 2 feedback techniques; the evidence mapped to it names 1 (surveys). Add 1 more feedback technique in the Feedback techniques field of E004, and say in the text how each one applied.',
    );
  });

  it('is quiet with two distinct techniques', () => {
    const survey = { ...item({ number: 4, kind: 'survey-results' }), feedbackTechniques: ['Surveys'] };
    expect(checkTechniqueCount(input([survey, 'REL-3'], [reflection(5, undefined, ['Mystery shopping']), 'REL-3']))).toEqual([]);
  });

  it('runs with the coach', () => {
    expect(runCoach(input([reflection(1, ['Resources']), 'PRN-2'])).map((f) => f.checkId)).toContain('factor-count');
  });
});

describe('policy reference check and the structured lists', () => {
  const log = (extra: Partial<Evidence>): Evidence => ({
    ...item({ number: 1, kind: 'service-log', fields: { serviceDelivered: 'Answered calls', standard: 'Within 20 seconds', outcome: 'Met it' } }),
    ...extra,
  });

  it('accepts legislation or a policy ticked on the item', () => {
    expect(checkPolicyReference(input([log({ legislation: ['Equality Act 2010'] }), 'EXT-2']))).toEqual([]);
    expect(checkPolicyReference(input([log({ policies: ['Customer charter'] }), 'EXT-2']))).toEqual([]);
  });

  it('still fires with neither, pointing to the new fields', () => {
    const found = checkPolicyReference(input([log({ legislation: [], policies: [] }), 'EXT-2']));
    expect(found[0]?.message).toContain('Add it under Legislation or Organisational standards and policies (tick one or type your own)');
  });
});
