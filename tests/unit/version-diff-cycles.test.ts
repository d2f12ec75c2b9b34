import { describe, expect, it } from 'vitest';
import type { EvidenceVersion } from '../../src/domain/records';
import { editAuditDetail, diffVersions } from '../../src/domain/version-diff';

type Shape = Pick<EvidenceVersion, 'content' | 'attachments' | 'mappings'>;

const base: Shape = {
  content: { title: 'Queue count', kind: 'other', date: '2026-11-02', customerType: 'external', fields: { description: 'Counted the queue.' }, reflection: '', tags: [] },
  attachments: [],
  mappings: [],
};

describe('a change of plan-do-review cycles between versions', () => {
  it('is named, with the stages in words, and in the audit entry', () => {
    const next: Shape = { ...base, content: { ...base.content, cycles: [{ cycle: 'ISA season', stage: 'deliver' }, { cycle: 'Queues', stage: 'monitor' }] } };
    expect(diffVersions(base, next)).toEqual([{ field: 'Plan-do-review cycles', part: 'content', before: '', after: 'ISA season: Deliver, Queues: Monitor' }]);
    expect(editAuditDetail('E001 Queue count', base, next, () => undefined)).toBe('E001 Queue count (changed: Plan-do-review cycles)');
  });

  it('is nothing when neither version has cycles', () => {
    expect(diffVersions(base, { ...base })).toEqual([]);
  });
});

describe('a change of the ticked lists between versions', () => {
  it('names each list that changed by its label, and the audit entry says so', () => {
    const next: Shape = { ...base, content: { ...base.content, factors: ['Resources', 'Customer expectations'], policies: ['Returns policy'] } };
    expect(diffVersions(base, next)).toEqual([
      { field: 'Factors that influence service', part: 'content', before: '', after: 'Resources, Customer expectations' },
      { field: 'Organisational standards and policies', part: 'content', before: '', after: 'Returns policy' },
    ]);
    expect(editAuditDetail('E001 Queue count', base, next, () => undefined)).toBe('E001 Queue count (changed: Factors that influence service, Organisational standards and policies)');
  });
});
