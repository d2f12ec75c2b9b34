import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/domain/schemas';
import { filterEvidence } from '../../src/features/evidence/evidence-filters';

const at = '2026-03-01T10:00:00.000Z';

function item(number: number, over: Partial<Evidence>): Evidence {
  return {
    id: `e${number}`,
    portfolioId: 'p',
    number,
    ref: `E${String(number).padStart(3, '0')}`,
    title: `Item ${number}`,
    kind: 'other',
    date: '2026-03-01',
    customerType: 'external',
    fields: {},
    reflection: '',
    tags: [],
    version: 1,
    versionId: `e${number}:v1`,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

describe('searching the evidence list by the ticked lists', () => {
  const items = [
    item(1, { legislation: ['Equality Act 2010'], policies: ['Refunds policy'] }),
    item(2, { kind: 'reflective-account', factors: ['Market competition'] }),
    item(3, { kind: 'survey-results', feedbackTechniques: ['Mystery shopping'] }),
  ];
  const search = (q: string) => filterEvidence(items, [], { q, kind: '', unit: '' }).map((e) => e.ref);

  it('finds items by their legislation, policies, factors and techniques', () => {
    expect(search('equality act')).toEqual(['E001']);
    expect(search('refunds')).toEqual(['E001']);
    expect(search('competition')).toEqual(['E002']);
    expect(search('mystery')).toEqual(['E003']);
  });
});
