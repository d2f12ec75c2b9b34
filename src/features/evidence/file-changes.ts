import type { NewAttachment } from '../../db/evidence-writes';

/** The editor's changes to an item's files: files chosen but not yet saved, and saved ones marked for removal. */
export interface FileChanges {
  pending: readonly NewAttachment[];
  removedIds: readonly string[];
}

export type FileChange =
  | { type: 'add'; files: readonly NewAttachment[] }
  | { type: 'remove-pending'; sha256: string }
  | { type: 'set-removed'; id: string; removed: boolean }
  /** Back to what a draft held; removals of files that are no longer stored are dropped. */
  | { type: 'restore'; changes: FileChanges; storedIds: readonly string[] };

export const noFileChanges: FileChanges = { pending: [], removedIds: [] };

export function applyFileChange(state: FileChanges, change: FileChange): FileChanges {
  switch (change.type) {
    case 'add':
      return { ...state, pending: [...state.pending, ...change.files] };
    case 'remove-pending':
      return { ...state, pending: state.pending.filter((p) => p.sha256 !== change.sha256) };
    case 'set-removed':
      return { ...state, removedIds: change.removed ? [...state.removedIds, change.id] : state.removedIds.filter((r) => r !== change.id) };
    case 'restore':
      return { pending: change.changes.pending, removedIds: change.changes.removedIds.filter((id) => change.storedIds.includes(id)) };
  }
}

export function hasFileChanges(state: FileChanges): boolean {
  return state.pending.length > 0 || state.removedIds.length > 0;
}
