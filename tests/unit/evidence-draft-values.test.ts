import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, getDraft, saveDraft, setDatabase } from '../../src/db';
import { parseDraft } from '../../src/features/evidence/draft-values';
import { errorList } from '../../src/features/evidence/error-list';
import { emptyFormValues, evidenceFormSchema } from '../../src/features/evidence/form-values';

const form = { ...emptyFormValues('2026-03-02'), title: 'Draft' };
const file = { name: 'a.png', type: 'image/png', size: 3, sha256: 'a'.repeat(64), blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) };

describe('parseDraft', () => {
  beforeEach(() => setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`)));

  it('reads back a stored draft with its chosen files', async () => {
    await saveDraft('p', undefined, { form, pending: [file], removedIds: ['x'] });
    const draft = parseDraft((await getDraft('p', undefined))?.values);
    expect(draft?.form).toEqual(form);
    expect(draft?.removedIds).toEqual(['x']);
    expect(Array.from(new Uint8Array(await (draft?.pending[0]?.blob ?? new Blob()).arrayBuffer()))).toEqual([1, 2, 3]);
  });

  it('drops a file that did not survive storage, keeping the rest', () => {
    expect(parseDraft({ form, pending: [{ ...file, blob: {} }, file], removedIds: [] })?.pending).toHaveLength(1);
  });

  it('ignores anything without the editor’s shape', () => {
    expect(parseDraft(form)).toBeUndefined();
    expect(parseDraft({ form: { title: 3 }, pending: [], removedIds: [] })).toBeUndefined();
    expect(parseDraft(undefined)).toBeUndefined();
  });
});

/** Runs the form's schema and shapes the issues as react-hook-form holds them. */
function formErrors(values: typeof form): Record<string, unknown> {
  const result = evidenceFormSchema.safeParse(values);
  if (result.success) throw new Error('expected errors');
  const errors: Record<string, unknown> = {};
  for (const issue of result.error.issues) {
    let node = errors;
    issue.path.forEach((key, i) => {
      const k = String(key);
      if (i === issue.path.length - 1) node[k] ??= { type: 'custom', message: issue.message };
      else node = (node[k] ??= {}) as Record<string, unknown>;
    });
  }
  return errors;
}

describe('errorList', () => {
  it('names a long field over the limit with its label and both figures, with thousands separators', () => {
    const values = { ...form, kind: 'reflective-account', customerType: 'internal', fields: { situation: 'x'.repeat(39_750), actions: 'Did it' }, reflection: 'y'.repeat(20_001) };
    const list = errorList(formErrors(values), values);
    expect(list).toEqual([
      { name: 'fields.situation', message: 'The situation: keep this under 20,000 characters; it has 39,750' },
      { name: 'reflection', message: 'The reflection: keep this under 20,000 characters; it has 20,001' },
    ]);
  });

  it('lists errors in the order the fields appear, naming the marking point of a missing rationale', () => {
    const values = { ...form, title: '', kind: 'complaint', mappings: [{ markingPointId: 'REL-4', rationale: '' }] };
    const list = errorList(formErrors(values), values);
    expect(list.map((e) => e.name)).toEqual(['title', 'customerType', 'fields.receivedDate', 'fields.channel', 'fields.classification', 'fields.summary', 'mappings.0.rationale']);
    expect(list.at(-1)?.message).toBe('REL-4: Say in one line how this item shows the marking point');
  });
});
