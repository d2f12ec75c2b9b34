import { useCallback, useEffect, useMemo, useRef } from 'react';

export const AUTOSAVE_DELAY_MS = 800;

export interface Autosave {
  /** Saves after a quiet spell, restarting the wait on every change. */
  schedule: () => void;
  /** Saves now if a save is waiting. */
  flush: () => Promise<void>;
  /** Drops a waiting save, e.g. once the item itself has been saved. */
  cancel: () => void;
}

/**
 * Debounced draft saving, flushed when the page is about to unload, hidden or closed (`beforeunload`,
 * `pagehide`, `visibilitychange`) and when the editor goes away, so a closed tab loses nothing.
 */
export function useDraftAutosave(save: () => Promise<void>, enabled: boolean): Autosave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const enabledRef = useRef(enabled);
  useEffect(() => {
    saveRef.current = save;
    enabledRef.current = enabled;
  }, [save, enabled]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const flush = useCallback(async () => {
    if (timer.current === undefined) return;
    cancel();
    await saveRef.current();
  }, [cancel]);

  const schedule = useCallback(() => {
    if (!enabledRef.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void saveRef.current();
    }, AUTOSAVE_DELAY_MS);
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    // beforeunload comes first and, while the browser's "leave page?" question is up, gives the
    // IndexedDB write time to finish; pagehide alone is too late for an async write on a reload.
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return useMemo(() => ({ schedule, flush, cancel }), [schedule, flush, cancel]);
}
