import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';
import { trackUnsavedWork } from '../../ui/unsaved-work';

/**
 * Asks before unsaved changes are left behind: in-app navigation is held by the router's blocker
 * (the caller shows the question), and closing or reloading the tab gets the browser's own prompt.
 */
export function useLeaveGuard(hasUnsavedChanges: () => boolean): Blocker {
  const check = useRef(hasUnsavedChanges);
  useEffect(() => {
    check.current = hasUnsavedChanges;
  }, [hasUnsavedChanges]);

  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }: { currentLocation: { pathname: string }; nextLocation: { pathname: string } }) =>
        currentLocation.pathname !== nextLocation.pathname && check.current(),
      [],
    ),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      event.preventDefault();
      // Older browsers only prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // The new-version prompt asks here too, so it never reloads over unsaved changes.
    const untrack = trackUnsavedWork(() => check.current());
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      untrack();
    };
  }, []);

  return blocker;
}
