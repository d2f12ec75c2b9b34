/** Dexie wraps the browser's error in `inner`; either may carry the name. */
function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  const inner = 'inner' in error ? errorName(error.inner) : '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'QuotaExceededError' : name;
}

export function isQuotaExceeded(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

/** What to tell the learner when a save fails; what they typed stays in the form either way. */
export function saveFailureMessage(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return 'This device has run out of storage space for Folio, so nothing was saved. Remove large attachments or portfolios you no longer need (or export a backup first), then save again. Your changes are still in this form.';
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The evidence could not be saved${detail}. Your changes are still in this form: try saving again.`;
}
