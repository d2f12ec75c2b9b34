import { LIMITS } from './schemas';

/** A count with thousands separators, as the learner reads it: 20,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Where a long text stands against its limit: quiet below 80 %, near from there, over past the limit. */
export type LongTextBand = 'quiet' | 'near' | 'over';

/** The share of the limit from which the count is shown. */
export const NEAR_SHARE = 0.8;

export function longTextBand(length: number, max: number = LIMITS.longTextMax): LongTextBand {
  if (length > max) return 'over';
  return length >= max * NEAR_SHARE ? 'near' : 'quiet';
}

/** The count shown under a long field once it is near the limit: "19,120 of 20,000 characters". */
export function longTextCount(length: number, max: number = LIMITS.longTextMax): string {
  const count = `${formatCount(length)} of ${formatCount(max)} characters`;
  return length > max ? `${count}: ${formatCount(length - max)} too many` : count;
}

/** The error summary's line for a field over the limit, naming it: "The situation: keep this under 20,000 characters; it has 39,750". */
export function tooLongMessage(label: string, length: number, max: number = LIMITS.longTextMax): string {
  return `${label}: keep this under ${formatCount(max)} characters; it has ${formatCount(length)}`;
}
