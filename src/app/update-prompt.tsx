import { useState, useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdates, updateState } from './register-service-worker';

/**
 * Says politely that a new build is ready and lets the learner choose when to load it. It never
 * reloads by itself, and not over unsaved changes: then it says what to do first.
 */
export function UpdatePrompt() {
  const state = useSyncExternalStore(subscribeToUpdates, updateState, () => 'none' as const);
  const [unsaved, setUnsaved] = useState(false);
  if (state === 'none') return null;
  return (
    <aside className="notice app-notice" aria-label="New version of Folio">
      <p role="status">
        A new version of Folio is ready.{' '}
        {unsaved ? 'You have unsaved changes: save or discard them first, then press Reload.' : 'Reload when it suits you.'}
      </p>
      <button type="button" className="button" onClick={() => setUnsaved(applyUpdate() === 'unsaved')}>
        Reload
      </button>
    </aside>
  );
}
