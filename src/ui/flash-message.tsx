import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** A one-off status message carried to the next page in the router's location state. */
export interface FlashState {
  status: string;
  /** Set once the message has been shown, so a reload or a return to this entry does not show it again. */
  shown?: boolean;
}

function flashOf(state: unknown): FlashState | undefined {
  if (typeof state !== 'object' || state === null || !('status' in state) || typeof state.status !== 'string') return undefined;
  return { status: state.status, shown: 'shown' in state && state.shown === true };
}

/**
 * Shows the message the previous page left ("Saved E004", "Imported …"), announced politely,
 * then marks it shown in the history entry: the browser keeps an entry's state across a reload,
 * and "Saved E004" on a reloaded page would say something that did not just happen.
 */
export function FlashMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const flash = flashOf(location.state);
  // The message this mounted page marked shown: it stays on screen until the next navigation.
  const [markedHere, setMarkedHere] = useState<string>();
  const fresh = flash !== undefined && !flash.shown ? flash.status : undefined;
  const { pathname, search, hash } = location;

  useEffect(() => {
    if (fresh === undefined) return;
    setMarkedHere(fresh);
    const state: FlashState = { status: fresh, shown: true };
    void navigate({ pathname, search, hash }, { replace: true, state, preventScrollReset: true });
  }, [fresh, pathname, search, hash, navigate]);

  const status = fresh ?? (flash?.status === markedHere ? markedHere : undefined);
  return status ? (
    <p className="notice notice--ok" role="status">
      {status}
    </p>
  ) : null;
}
