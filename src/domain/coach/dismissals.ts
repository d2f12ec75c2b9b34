import { z } from 'zod';
import type { RecordOf } from '../records';
import { LIMITS } from '../schemas';
import type { CoachFinding } from './types';

/** The dismissal form and db boundary's one schema: a short reason is required. */
export const coachDismissalInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why this finding does not apply, in a few words')
    .max(LIMITS.coachDismissalReasonMax, `Keep the reason under ${LIMITS.coachDismissalReasonMax} characters`),
});
export type CoachDismissalInput = z.infer<typeof coachDismissalInputSchema>;

export type CoachDismissal = RecordOf<'coach-dismissal'>;

/** The key a dismissal is kept under: one check on one item. */
export function dismissalKey(checkId: string, evidenceId: string): string {
  return `${checkId}\u0000${evidenceId}`;
}

/** The latest dismissal of each check on each item (a later one supersedes an earlier one). */
export function currentDismissals(records: readonly { type: string }[]): Map<string, CoachDismissal> {
  const out = new Map<string, CoachDismissal>();
  const dismissals = records.filter((r): r is CoachDismissal => r.type === 'coach-dismissal');
  for (const d of [...dismissals].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) out.set(dismissalKey(d.checkId, d.evidenceId), d);
  return out;
}

/** The dismissal that covers a finding, if any: a finding on several items counts as dismissed when one of them dismissed it. */
export function dismissalOf(finding: Pick<CoachFinding, 'checkId' | 'evidenceIds'>, dismissals: ReadonlyMap<string, CoachDismissal>): CoachDismissal | undefined {
  for (const id of finding.evidenceIds) {
    const found = dismissals.get(dismissalKey(finding.checkId, id));
    if (found) return found;
  }
  return undefined;
}
