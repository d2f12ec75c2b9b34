/**
 * Every shipped schema version, each built from the one before. Never edit a shipped version:
 * add the next one, with its upgrade function in ./upgrades, and a test that opens the previous
 * version's rows with the new code.
 */
export const SCHEMA_V1 = {
  portfolios: 'id, updatedAt',
  evidence: 'id, portfolioId, [portfolioId+number], updatedAt',
  attachments: 'id, portfolioId, evidenceId',
  mappings: 'id, portfolioId, evidenceId, markingPointId',
  decisions: 'id, portfolioId, markingPointId',
  audit: 'id, portfolioId, at',
  drafts: 'id, portfolioId',
  meta: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 1;
