/**
 * Which screens hold work not yet saved. A screen with a form registers a check; app-wide actions
 * that would throw the page away (reloading into a new version) ask here first.
 */
const checks = new Set<() => boolean>();

/** Registers a check; call the returned function when the screen goes. */
export function trackUnsavedWork(check: () => boolean): () => void {
  checks.add(check);
  return () => {
    checks.delete(check);
  };
}

export function hasUnsavedWork(): boolean {
  for (const check of checks) if (check()) return true;
  return false;
}
