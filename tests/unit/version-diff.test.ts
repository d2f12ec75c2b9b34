import { describe, expect, it } from 'vitest';
import type { EvidenceVersion } from '../../src/domain/records';
import { changedFieldNames, diffVersions } from '../../src/domain/version-diff';

type Shape = Pick<EvidenceVersion, 'content' | 'attachments' | 'mappings'>;

const base: Shape = {
  content: {
    title: 'Complaint about a late order',
    kind: 'complaint',
    date: '2026-11-02',
    customerType: 'external',
    fields: { receivedDate: '2026-11-01', channel: 'Email', classification: 'Formal', summary: 'Order arrived late.' },
    reflection: 'I apologised.',
    tags: ['orders'],
  },
  attachments: [{ id: 'f1', sha256: 'a'.repeat(64) }],
  mappings: [
    { markingPointId: 'CR-1', rationale: 'I logged it' },
    { markingPointId: 'CR-2', rationale: 'I resolved it' },
  ],
};

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(base, base)).toEqual([]);
  });

  it('names every content field changed by the label the editor shows, kind fields included', () => {
    const next: Shape = {
      ...base,
      content: { ...base.content, title: 'Late order complaint', date: '2026-11-03', customerType: 'both', fields: { ...base.content.fields, summary: 'Order was a week late.' }, reflection: '', tags: ['orders', 'delivery'] },
    };
    expect(diffVersions(base, next)).toEqual([
      { field: 'Title', part: 'content', before: 'Complaint about a late order', after: 'Late order complaint' },
      { field: 'Date', part: 'content', before: '2 November 2026', after: '3 November 2026' },
      { field: 'Customers involved', part: 'content', before: 'External customers', after: 'Both internal and external' },
      { field: 'What the complaint was about', part: 'content', before: 'Order arrived late.', after: 'Order was a week late.' },
      { field: 'Reflection', part: 'content', before: 'I apologised.', after: '' },
      { field: 'Tags', part: 'content', before: 'orders', after: 'orders, delivery' },
    ]);
  });

  it('shows a change of kind with the fields each kind had', () => {
    const next: Shape = { ...base, content: { ...base.content, kind: 'other', fields: { description: 'A complaint letter.' } } };
    const changes = diffVersions(base, next);
    expect(changes[0]).toEqual({ field: 'Kind of evidence', part: 'content', before: 'Complaint record', after: 'Other document' });
    expect(changes.map((c) => c.field)).toEqual(['Kind of evidence', 'What the document is and shows', 'Date received', 'Channel', 'Formal or informal', 'What the complaint was about']);
  });

  it('lists attachments added and removed, by name when known', () => {
    const next: Shape = { ...base, attachments: [{ id: 'f2', sha256: 'b'.repeat(64) }] };
    expect(diffVersions(base, next, (id) => (id === 'f1' ? 'letter.pdf' : undefined))).toEqual([
      { field: 'Attachment removed', part: 'attachments', before: 'letter.pdf', after: '' },
      { field: 'Attachment added', part: 'attachments', before: '', after: 'file bbbbbbbbbbbb' },
    ]);
  });

  it('lists mappings made, removed and reworded, by marking point', () => {
    const next: Shape = {
      ...base,
      mappings: [
        { markingPointId: 'CR-2', rationale: 'I resolved it within a day' },
        { markingPointId: 'PRN-1', rationale: 'It follows the procedure' },
      ],
    };
    const changes = diffVersions(base, next);
    expect(changes).toEqual([
      { field: 'Mapping to CR-1', part: 'mappings', before: 'I logged it', after: '' },
      { field: 'Mapping to CR-2', part: 'mappings', before: 'I resolved it', after: 'I resolved it within a day' },
      { field: 'Mapping to PRN-1', part: 'mappings', before: '', after: 'It follows the procedure' },
    ]);
    expect(changedFieldNames(changes)).toBe('Mapping to CR-1, Mapping to CR-2, Mapping to PRN-1');
  });
});
