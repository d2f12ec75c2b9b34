import type { Threshold } from '../catalogue/schema';

/** "asks for at least 3 distinct factors": a countable marking point's threshold in words. */
export function thresholdText(threshold: Threshold): string {
  return `asks for at least ${threshold.min} ${threshold.counts}`;
}
