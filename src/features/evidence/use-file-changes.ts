import { useState, useSyncExternalStore } from 'react';
import { applyFileChange, noFileChanges, type FileChange, type FileChanges } from './file-changes';

export interface FileChangesStore {
  /** The changes as of now, for callbacks that run between renders (autosave, the leave guard, save). */
  current: () => FileChanges;
  dispatch: (change: FileChange) => void;
}

function createStore(): FileChangesStore & { subscribe: (listener: () => void) => () => void } {
  let state = noFileChanges;
  const listeners = new Set<() => void>();
  return {
    current: () => state,
    dispatch: (change) => {
      state = applyFileChange(state, change);
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The editor's file changes, held in one place: renders read them through React, and callbacks that
 * run later read the same store, so there is no copy to keep in step.
 */
export function useFileChanges(): { files: FileChanges } & FileChangesStore {
  const [store] = useState(createStore);
  const files = useSyncExternalStore(store.subscribe, store.current);
  return { files, current: store.current, dispatch: store.dispatch };
}
