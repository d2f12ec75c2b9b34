/**
 * Where a tutor came from when a cohort cell opened a learner's portfolio: the cohort's address (with its
 * filters and sort) and the cell, so "Back to the cohort" returns to the same view with focus on that cell.
 * It travels in the router's state, which the cohort view writes and the portfolio shell reads.
 */
export interface CohortReturn {
  /** The cohort page's path and query, always under /cohort. */
  url: string;
  portfolioId: string;
  /** The marking point's cell; none for the learner's own name (the row's first cell). */
  pointId?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The cohort return in a location's state, if it is one (router state can hold anything: trust nothing). */
export function cohortReturnOf(state: unknown): CohortReturn | undefined {
  if (!isRecord(state)) return undefined;
  const value = state.cohortReturn;
  if (!isRecord(value)) return undefined;
  const { url, portfolioId, pointId } = value;
  if (typeof url !== 'string' || typeof portfolioId !== 'string' || (pointId !== undefined && typeof pointId !== 'string')) return undefined;
  // Only ever back to the cohort page, never to an address someone else put in the state.
  if (url !== '/cohort' && !url.startsWith('/cohort?')) return undefined;
  return { url, portfolioId, ...(pointId === undefined ? {} : { pointId }) };
}

/** The cell to focus on arriving back at the cohort, if the state carries one. */
export function cohortFocusOf(state: unknown): { portfolioId: string; pointId?: string } | undefined {
  if (!isRecord(state) || !isRecord(state.cohortFocus)) return undefined;
  const { portfolioId, pointId } = state.cohortFocus;
  if (typeof portfolioId !== 'string') return undefined;
  return typeof pointId === 'string' ? { portfolioId, pointId } : { portfolioId };
}
