import { isQuotaExceeded } from '../../db';

/** What to tell the learner when a save fails; what they typed stays in the form either way. */
export function saveFailureMessage(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return 'This device has run out of storage space for Folio, so nothing was saved. Remove large attachments or portfolios you no longer need (or export a backup first), then save again. Your changes are still in this form.';
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The evidence could not be saved${detail}. Your changes are still in this form: try saving again.`;
}
