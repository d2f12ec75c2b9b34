import { describe, expect, it } from 'vitest';
import { conflictHeading, mergeAddedLines, mergeOutcome } from '../../src/domain/merge-summary';

const none = { items: 0, versions: 0, decisions: 0, comments: 0, signOffs: 0, otherRecords: 0, attachments: 0, audit: 0 };

describe('merge summary', () => {
  it('names each part that gained something, and nothing else', () => {
    expect(mergeAddedLines(none)).toEqual([]);
    expect(mergeAddedLines({ ...none, decisions: 3, comments: 1, signOffs: 1, versions: 2, audit: 5 })).toEqual([
      '3 assessor decisions',
      '1 comment',
      '1 unit sign-off',
      '2 saved versions of evidence',
    ]);
  });

  it('says plainly when nothing changed', () => {
    expect(mergeOutcome(false, 'Jordan Lee')).toBe('Nothing changed: this device already had everything in this file for Jordan Lee’s portfolio.');
    expect(mergeOutcome(true, 'Jordan Lee')).toMatch(/merged into Jordan Lee’s portfolio.*Nothing that was already here was lost/);
  });

  it('says what each kind of conflict means', () => {
    expect(conflictHeading({ kind: 'edited-on-two-devices', evidenceId: 'x', ref: 'E004', versionIds: ['a', 'b'] })).toMatch(/^E004 was changed on two devices\. Both versions are kept/);
    expect(conflictHeading({ kind: 'edited-after-delete', evidenceId: 'x', ref: 'E002', versionIds: ['a'] })).toMatch(/^E002 was deleted on one device and changed on another/);
  });
});
