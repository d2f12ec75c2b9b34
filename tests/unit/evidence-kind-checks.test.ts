import { describe, expect, it } from 'vitest';
import { kindFieldIssues } from '../../src/domain/evidence-kind-checks';
import { emptyFields } from '../../src/domain/evidence-kinds';
import { evidenceInputSchema, evidenceSchema, type Evidence, type EvidenceInput } from '../../src/domain/schemas';
import { evidenceFormSchema } from '../../src/features/evidence/form-values';

const complaintFields = { ...emptyFields('complaint'), receivedDate: '2026-03-01', channel: 'Email', classification: 'Formal', summary: 'Parcel late' };

const input: EvidenceInput = {
  title: 'Handled a late delivery complaint',
  kind: 'complaint',
  date: '2026-03-02',
  customerType: 'external',
  fields: complaintFields,
  reflection: '',
  tags: [],
};

const stored: Evidence = {
  ...input,
  id: 'e1',
  portfolioId: 'p1',
  number: 1,
  ref: 'E001',
  version: 1,
  versionId: 'e1:v1',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};

const byPath = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

describe('kindFieldIssues for what a learner entered', () => {
  it('passes a kind’s fields that are all right, and has nothing to say about an unknown kind', () => {
    expect(kindFieldIssues('complaint', complaintFields, 'entered')).toEqual([]);
    expect(kindFieldIssues('no-such-kind', { anything: 'x' }, 'entered')).toEqual([]);
  });

  it('asks for required fields, after trimming, choosing where there is a list', () => {
    expect(byPath(kindFieldIssues('complaint', { ...complaintFields, channel: '', summary: '   ' }, 'entered'))).toEqual({
      'fields.channel': 'Choose channel',
      'fields.summary': 'Enter what the complaint was about',
    });
  });

  it('refuses a date field that is not a date, or not a real day', () => {
    expect(byPath(kindFieldIssues('complaint', { ...complaintFields, receivedDate: '1/3/2026' }, 'entered'))).toEqual({
      'fields.receivedDate': 'Enter date received as a date, for example 22/11/2026',
    });
    expect(byPath(kindFieldIssues('complaint', { ...complaintFields, resolvedDate: '2026-02-30' }, 'entered'))).toEqual({
      'fields.resolvedDate': 'Enter date resolved as a real date, for example 22/11/2026 (there is no such day)',
    });
  });

  it('refuses a number that is not whole and a choice that is not on the list', () => {
    expect(byPath(kindFieldIssues('survey-results', { responses: '12.5' }, 'entered'))).toMatchObject({ 'fields.responses': 'Enter number of responses as a whole number' });
    expect(byPath(kindFieldIssues('complaint', { ...complaintFields, channel: 'Carrier pigeon' }, 'entered'))).toEqual({
      'fields.channel': 'Choose channel from the list',
    });
  });

  it('is what the form and the input schema refuse, word for word', () => {
    const fields = { ...complaintFields, channel: 'Carrier pigeon', receivedDate: '2026-02-30', summary: '' };
    const expected = byPath(kindFieldIssues('complaint', fields, 'entered'));
    expect(Object.keys(expected)).toHaveLength(3);
    expect(byPath(evidenceInputSchema.safeParse({ ...input, fields }).error?.issues ?? [])).toEqual(expected);
    const form = evidenceFormSchema.safeParse({ ...input, title: '', fields, mappings: [] });
    expect(byPath(form.error?.issues ?? [])).toEqual({ title: 'Enter a title', ...expected });
  });
});

describe('kindFieldIssues for a stored item (what an import refuses)', () => {
  it('refuses only a date field that is not a real date, quoting it cut short', () => {
    expect(byPath(kindFieldIssues('complaint', { ...complaintFields, receivedDate: '2026-02-30' }, 'stored'))).toEqual({
      'fields.receivedDate': '“2026-02-30” is not a real date (yyyy-mm-dd)',
    });
    expect(kindFieldIssues('complaint', { ...complaintFields, receivedDate: `2026-03-01${'x'.repeat(50)}` }, 'stored')[0]?.message).toBe(
      '“2026-03-01xxxxxxxxx…” is not a real date (yyyy-mm-dd)',
    );
    // A date with spaces round it was never trimmed on the way in from a file.
    expect(kindFieldIssues('complaint', { ...complaintFields, receivedDate: ' 2026-03-01' }, 'stored')).toHaveLength(1);
  });

  it('accepts what only the form asks for: empty required fields, numbers and choices off the list', () => {
    expect(kindFieldIssues('complaint', { ...complaintFields, channel: 'Carrier pigeon', summary: '' }, 'stored')).toEqual([]);
    expect(kindFieldIssues('survey-results', { responses: 'many' }, 'stored')).toEqual([]);
  });

  it('is what the stored schema refuses, and the stored schema stays as lenient as before', () => {
    const fields = { ...complaintFields, receivedDate: '2026-13-01', channel: '', summary: '' };
    expect(byPath(evidenceSchema.safeParse({ ...stored, fields }).error?.issues ?? [])).toEqual(byPath(kindFieldIssues('complaint', fields, 'stored')));
    // Untrimmed text is stored as it came: a title or tag of spaces is refused by the form but not by a file.
    expect(evidenceSchema.safeParse({ ...stored, title: '  ', tags: [' ', ''] }).success).toBe(true);
    expect(evidenceInputSchema.safeParse({ ...input, title: '  ' }).success).toBe(false);
    expect(evidenceInputSchema.safeParse({ ...input, tags: [' '] }).success).toBe(false);
  });
});

describe('the input and stored schemas share one base', () => {
  it('apply the same limits to the same content', () => {
    const long = 'x'.repeat(201);
    expect(byPath(evidenceSchema.safeParse({ ...stored, title: long }).error?.issues ?? [])).toEqual(
      byPath(evidenceInputSchema.safeParse({ ...input, title: long }).error?.issues ?? []),
    );
    const tags = Array.from({ length: 31 }, (_, i) => `tag ${i}`);
    expect(evidenceSchema.safeParse({ ...stored, tags }).success).toBe(false);
    expect(evidenceInputSchema.safeParse({ ...input, tags }).success).toBe(false);
  });

  it('keeps a stored item’s keys in the order the app has always written them', () => {
    expect(Object.keys(evidenceSchema.parse(stored))).toEqual([
      'id', 'portfolioId', 'number', 'ref', 'title', 'kind', 'date', 'customerType', 'fields', 'reflection', 'tags', 'version', 'versionId', 'createdAt', 'updatedAt',
    ]);
  });
});
