import { useLocation } from 'react-router';

/** A one-off status message carried to the next page in the router's location state. */
export interface FlashState {
  status: string;
}

export function flashOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('status' in state)) return undefined;
  return typeof state.status === 'string' ? state.status : undefined;
}

/** Shows the message the previous page left ("Saved E004", "Imported …"), announced politely. */
export function FlashMessage() {
  const status = flashOf(useLocation().state);
  return status ? (
    <p className="notice notice--ok" role="status">
      {status}
    </p>
  ) : null;
}
