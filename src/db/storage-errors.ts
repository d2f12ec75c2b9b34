/**
 * True when `error` has this name, or the error inside it does: Dexie wraps the browser's error in
 * `inner`, and either may carry the name.
 */
export function hasErrorName(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('name' in error && error.name === name) return true;
  return 'inner' in error && hasErrorName(error.inner, name);
}

/** The device has no room left for what was being written. */
export function isQuotaExceeded(error: unknown): boolean {
  return hasErrorName(error, 'QuotaExceededError');
}
