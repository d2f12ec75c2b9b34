import { describe, expect, it } from 'vitest';
import { emptyFields } from '../../src/domain/evidence-kinds';
import { changeKind } from '../../src/features/evidence/kind-change';

describe('changeKind', () => {
  it('keeps values typed in fields both kinds share and gives the new kind all its fields', () => {
    const fields = { ...emptyFields('service-log'), period: 'March 2026', outcome: 'All replies within 24 hours' };
    const result = changeKind('service-log', 'performance-report', fields);
    expect(result.fields).toEqual({ ...emptyFields('performance-report'), period: 'March 2026' });
    expect(result.lost).toEqual([{ label: 'Outcome against the standard', value: 'All replies within 24 hours', type: 'textarea' }]);
  });

  it('loses nothing when only empty fields have no place', () => {
    const result = changeKind('complaint', 'witness-testimony', emptyFields('complaint'));
    expect(result.lost).toEqual([]);
    expect(result.fields).toEqual(emptyFields('witness-testimony'));
  });

  it('reports every typed value the new kind has no field for, with its label', () => {
    const fields = { ...emptyFields('complaint'), channel: 'Email', summary: 'Late delivery', recordedIn: '  ' };
    const result = changeKind('complaint', 'reflective-account', fields);
    expect(result.lost.map((l) => l.label)).toEqual(['Channel', 'What the complaint was about']);
  });

  it('starts a first kind from empty fields', () => {
    expect(changeKind('', 'other', {})).toEqual({ fields: { description: '' }, lost: [] });
  });
});
