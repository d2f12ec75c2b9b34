import { describe, expect, it } from 'vitest';
import type { Evidence, Mapping } from '../../src/domain/schemas';
import { emptyFields } from '../../src/domain/evidence-kinds';
import {
  emptyFormValues,
  evidenceFormSchema,
  formValuesOf,
  parseFormValues,
  pickKindFields,
  sameValues,
  todayIso,
  type EvidenceFormValues,
} from '../../src/features/evidence/form-values';

const valid: EvidenceFormValues = {
  title: 'Handled a late delivery complaint',
  kind: 'complaint',
  date: '2026-03-02',
  customerType: 'external',
  fields: { ...emptyFields('complaint'), receivedDate: '2026-03-01', channel: 'Email', classification: 'Formal', summary: 'Parcel late' },
  reflection: 'I followed the complaints procedure.',
  tags: ['Complaints procedure'],
  mappings: [{ markingPointId: 'EXT-3', rationale: 'Shows each stage from acknowledgement to resolution' }],
};

function errors(values: EvidenceFormValues): Record<string, string> {
  const result = evidenceFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('evidenceFormSchema', () => {
  it('turns valid values into an evidence input and its mappings', () => {
    const result = evidenceFormSchema.parse(valid);
    expect(result.input.title).toBe(valid.title);
    expect(result.input.fields).toEqual(valid.fields);
    expect(result.mappings).toEqual(valid.mappings);
  });

  it('reports the kind’s missing fields together with other errors, on the first try', () => {
    const found = errors({ ...valid, title: ' ', fields: { ...valid.fields, channel: '', summary: '' } });
    expect(found).toEqual({
      title: 'Enter a title',
      'fields.channel': 'Choose channel',
      'fields.summary': 'Enter what the complaint was about',
    });
  });

  it('asks for a rationale for every chosen marking point, and a known point', () => {
    const found = errors({ ...valid, mappings: [{ markingPointId: 'EXT-3', rationale: '  ' }, { markingPointId: 'XYZ-9', rationale: 'r' }] });
    expect(found).toEqual({
      'mappings.0.rationale': 'Say in one line how this item shows the marking point',
      'mappings.1.markingPointId': 'Choose a marking point from the qualification',
    });
  });

  it('asks for a kind and for internal or external customers', () => {
    const found = errors({ ...valid, kind: '', customerType: '' });
    expect(found.kind).toBe('Choose the kind of evidence');
    expect(found.customerType).toBe('Say whether the customers were internal or external');
  });

  it('drops fields that do not belong to the chosen kind', () => {
    const result = evidenceFormSchema.parse({ ...valid, fields: { ...valid.fields, witnessName: 'Left over' } });
    expect(result.input.fields).not.toHaveProperty('witnessName');
  });
});

describe('form values', () => {
  const at = '2026-03-02T09:00:00.000Z';
  const item: Evidence = { ...evidenceFormSchema.parse(valid).input, id: 'e1', portfolioId: 'p', number: 1, ref: 'E001', version: 1, versionId: 'e1:v1', createdAt: at, updatedAt: at };
  const mapping = (mp: string): Mapping => ({ id: `e1:${mp}`, portfolioId: 'p', evidenceId: 'e1', markingPointId: mp, rationale: mp, createdAt: at, updatedAt: at });

  it('reads an item and its mappings back into the form, mappings in catalogue order', () => {
    const values = formValuesOf(item, [mapping('REL-4'), mapping('EXT-3'), { ...mapping('PRN-1'), evidenceId: 'other' }]);
    expect(values.mappings.map((m) => m.markingPointId)).toEqual(['EXT-3', 'REL-4']);
    expect(values.fields).toEqual(valid.fields);
    expect(values.title).toBe(valid.title);
  });

  it('compares values whatever their key order', () => {
    const reordered = { ...valid, fields: Object.fromEntries(Object.entries(valid.fields).reverse()) };
    expect(sameValues(valid, reordered)).toBe(true);
    expect(sameValues(valid, { ...valid, tags: [] })).toBe(false);
  });

  it('gives a new item today’s date in the learner’s time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(emptyFormValues('2026-01-05')).toMatchObject({ date: '2026-01-05', kind: '', mappings: [] });
  });

  it('reads a stored draft only when it has the form’s shape', () => {
    expect(parseFormValues(valid)).toEqual(valid);
    expect(parseFormValues({ title: 1 })).toBeUndefined();
    expect(parseFormValues(null)).toBeUndefined();
  });

  it('keeps only the kind’s fields', () => {
    expect(pickKindFields('other', { description: 'd', stray: 'x' })).toEqual({ description: 'd' });
  });
});

describe('a new item started from a gap', () => {
  it('starts mapped to the marking point named in the link, and ignores an unknown one', () => {
    expect(emptyFormValues('2026-11-22', 'PRN-4').mappings).toEqual([{ markingPointId: 'PRN-4', rationale: '' }]);
    expect(emptyFormValues('2026-11-22', 'NOPE-9').mappings).toEqual([]);
    expect(emptyFormValues('2026-11-22').mappings).toEqual([]);
  });
});
