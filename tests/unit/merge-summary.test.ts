import { describe, expect, it } from 'vitest';
import { conflictHeading, conflictVersions, mergeAddedLines, mergeOutcome } from '../../src/domain/merge-summary';
import type { EvidenceVersion } from '../../src/domain/records';

const none = { items: 0, versions: 0, decisions: 0, records: 0, attachments: 0, audit: 0, keys: 0, byRecordType: {} };

const version = (id: string, number: number): EvidenceVersion => ({
  id,
  portfolioId: 'p',
  evidenceId: 'x',
  number,
  version: 1,
  parents: [],
  savedAt: '2026-11-22T10:00:00.000Z',
  author: { role: 'learner', name: 'Jordan Lee' },
  content: { title: 't', kind: 'other', date: '2026-11-22', customerType: 'external', fields: { description: 'd' }, reflection: '', tags: [] },
  attachments: [],
  mappings: [],
  contentHash: '0'.repeat(64),
  pointHashes: {},
});

describe('merge summary', () => {
  it('names each part that gained something, and nothing else', () => {
    expect(mergeAddedLines(none)).toEqual([]);
    expect(mergeAddedLines({ ...none, decisions: 3, records: 3, byRecordType: { comment: 1, 'sign-off': 1, ready: 1 }, versions: 2, audit: 5 })).toEqual([
      '3 assessor decisions',
      '1 comment',
      '1 unit sign-off',
      '2 saved versions of evidence',
      '1 other record (ready marks, countersignatures, unlocks, declarations, deletions or new keys)',
    ]);
  });

  it('says plainly when nothing changed', () => {
    expect(mergeOutcome(false, 'Jordan Lee')).toBe('Nothing changed: this device already had everything in this file for Jordan Lee’s portfolio.');
    expect(mergeOutcome(true, 'Jordan Lee')).toMatch(/merged into Jordan Lee’s portfolio.*Nothing that was already here was lost/);
  });

  it('says what each kind of conflict means, and shows every version it involves', () => {
    const heads = [version('a', 4), version('b', 4)];
    const concurrent = { kind: 'concurrent-edits' as const, evidenceId: 'x', heads };
    expect(conflictHeading(concurrent)).toMatch(/^E004 was changed on two devices\. Both versions are kept/);
    expect(conflictVersions(concurrent).map((v) => v.id)).toEqual(['a', 'b']);
    expect(conflictHeading({ kind: 'edited-after-delete', evidenceId: 'x', tombstones: [], head: version('c', 2) })).toMatch(/^E002 was deleted on one device and changed on another/);
  });
});
