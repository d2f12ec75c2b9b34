import { useEffect, useRef } from 'react';
import { DATABASE_MESSAGES, useDatabaseStatus } from '../db';

/**
 * Tells the learner, on every page, when this tab must not use its database any more (a newer
 * Folio's data, or another tab upgraded it) or when an upgrade waits for other tabs to close.
 */
export function DatabaseStatusMessage() {
  const status = useDatabaseStatus();
  const reload = useRef<HTMLButtonElement>(null);
  const needsReload = status === 'newer' || status === 'outdated';
  useEffect(() => {
    // Nothing else on the page works now; the one useful action gets the focus.
    if (needsReload) reload.current?.focus();
  }, [needsReload]);

  if (status === 'ok') return null;
  return (
    <aside className={`notice ${needsReload ? 'notice--error' : 'notice--warn'} app-notice`} aria-label="Folio’s storage">
      <p role="alert">{DATABASE_MESSAGES[status]}</p>
      {needsReload ? (
        <button type="button" className="button" ref={reload} onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : null}
    </aside>
  );
}
