import { describe, expect, it } from 'vitest';
import type { Evidence, Mapping } from '../../src/domain/schemas';
import { filterEvidence, hasFilters, readFilters, writeFilters, type EvidenceFilters } from '../../src/features/evidence/evidence-filters';

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

function mapping(evidenceId: string, markingPointId: string): Mapping {
  return { id: `${evidenceId}:${markingPointId}`, portfolioId: 'p', evidenceId, markingPointId, rationale: 'r', createdAt: at, updatedAt: at };
}

const items = [
  item(1, { title: 'Refund complaint from Mrs Brontë', kind: 'complaint', fields: { channel: 'Email', summary: 'Late refund' } }),
  item(2, { title: 'Weekly service log', kind: 'service-log', reflection: 'I met the 24-hour standard', tags: ['Customer charter'] }),
  item(3, { title: 'Team meeting', kind: 'meeting-minutes' }),
  item(4, { title: 'Café survey', kind: 'survey-results', tags: ['UK GDPR'] }),
];
const mappings = [mapping('e1', 'EXT-3'), mapping('e1', 'REL-4'), mapping('e2', 'EXT-2'), mapping('e4', 'REL-3')];
const none: EvidenceFilters = { q: '', kind: '', unit: '' };
const refs = (list: Evidence[]) => list.map((e) => e.ref);

describe('filterEvidence', () => {
  it('returns everything without filters', () => {
    expect(refs(filterEvidence(items, mappings, none))).toEqual(['E001', 'E002', 'E003', 'E004']);
  });

  it('searches title, reflection, fields, tags and reference, ignoring case and accents', () => {
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'bronte' }))).toEqual(['E001']);
    expect(refs(filterEvidence(items, mappings, { ...none, q: '24-HOUR' }))).toEqual(['E002']);
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'late refund' }))).toEqual(['E001']);
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'gdpr' }))).toEqual(['E004']);
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'e003' }))).toEqual(['E003']);
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'cafe' }))).toEqual(['E004']);
  });

  it('needs every word of the search to match', () => {
    expect(refs(filterEvidence(items, mappings, { ...none, q: 'refund weekly' }))).toEqual([]);
  });

  it('filters by kind', () => {
    expect(refs(filterEvidence(items, mappings, { ...none, kind: 'service-log' }))).toEqual(['E002']);
  });

  it('filters by unit through the marking points an item maps to', () => {
    expect(refs(filterEvidence(items, mappings, { ...none, unit: 'EXT' }))).toEqual(['E001', 'E002']);
    expect(refs(filterEvidence(items, mappings, { ...none, unit: 'REL' }))).toEqual(['E001', 'E004']);
    expect(refs(filterEvidence(items, mappings, { ...none, unit: 'IMP' }))).toEqual([]);
  });

  it('finds items not mapped yet', () => {
    expect(refs(filterEvidence(items, mappings, { ...none, unit: 'none' }))).toEqual(['E003']);
  });

  it('combines filters', () => {
    expect(refs(filterEvidence(items, mappings, { q: 'survey', kind: 'survey-results', unit: 'REL' }))).toEqual(['E004']);
    expect(refs(filterEvidence(items, mappings, { q: 'survey', kind: 'complaint', unit: '' }))).toEqual([]);
  });
});

describe('filters in the URL', () => {
  it('round-trips and leaves unused filters out', () => {
    const filters = { q: 'refund', kind: 'complaint', unit: 'none' };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(writeFilters({ q: '  ', kind: '', unit: 'EXT' }).toString()).toBe('unit=EXT');
    expect(readFilters(new URLSearchParams(''))).toEqual(none);
  });

  it('knows when any filter is in use', () => {
    expect(hasFilters(none)).toBe(false);
    expect(hasFilters({ ...none, unit: 'EXT' })).toBe(true);
  });
});

describe('searching by the ticked lists', () => {
  const ticked = [
    item(1, { legislation: ['Equality Act 2010'], policies: ['Refunds policy'] }),
    item(2, { kind: 'reflective-account', factors: ['Market competition'] }),
    item(3, { kind: 'survey-results', feedbackTechniques: ['Mystery shopping'] }),
  ];
  const search = (q: string) => refs(filterEvidence(ticked, [], { ...none, q }));

  it('finds items by their legislation, policies, factors and techniques', () => {
    expect(search('equality act')).toEqual(['E001']);
    expect(search('refunds')).toEqual(['E001']);
    expect(search('competition')).toEqual(['E002']);
    expect(search('mystery')).toEqual(['E003']);
  });
});
