import { describe, expect, it } from 'vitest';
import type { NewAttachment } from '../../src/db/evidence-writes';
import { applyFileChange, hasFileChanges, noFileChanges } from '../../src/features/evidence/file-changes';

const file = (sha: string): NewAttachment => ({ name: `${sha}.png`, type: 'image/png', size: 3, sha256: sha.repeat(64).slice(0, 64), blob: new Blob(['abc']) });

describe('the editor’s file changes', () => {
  it('adds chosen files, removes one of them again, and knows when nothing is left to save', () => {
    const added = applyFileChange(noFileChanges, { type: 'add', files: [file('a'), file('b')] });
    expect(added.pending.map((p) => p.name)).toEqual(['a.png', 'b.png']);
    expect(hasFileChanges(added)).toBe(true);
    const back = applyFileChange(applyFileChange(added, { type: 'remove-pending', sha256: file('a').sha256 }), { type: 'remove-pending', sha256: file('b').sha256 });
    expect(back.pending).toEqual([]);
    expect(hasFileChanges(back)).toBe(false);
  });

  it('marks a stored file for removal and unmarks it, leaving the other marks', () => {
    const marked = applyFileChange(applyFileChange(noFileChanges, { type: 'set-removed', id: 'x', removed: true }), { type: 'set-removed', id: 'y', removed: true });
    expect(applyFileChange(marked, { type: 'set-removed', id: 'x', removed: false }).removedIds).toEqual(['y']);
  });

  it('restores a draft’s files, dropping removals of files no longer stored', () => {
    const restored = applyFileChange(noFileChanges, { type: 'restore', changes: { pending: [file('c')], removedIds: ['gone', 'kept'] }, storedIds: ['kept', 'other'] });
    expect(restored.pending.map((p) => p.name)).toEqual(['c.png']);
    expect(restored.removedIds).toEqual(['kept']);
  });
});
