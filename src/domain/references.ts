/** Evidence references: E001, E002 … one number per item, never reused within a portfolio. */
export function formatRef(n: number): string {
  return `E${String(n).padStart(3, '0')}`;
}

/** The mapping id is derived from its two ends, so an item maps to a marking point at most once. */
export function mappingId(evidenceId: string, markingPointId: string): string {
  return `${evidenceId}:${markingPointId}`;
}

export function decisionId(portfolioId: string, markingPointId: string): string {
  return `${portfolioId}:${markingPointId}`;
}
