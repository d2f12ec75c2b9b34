/**
 * Every shipped schema version, each built from the one before. Never edit a shipped version: add
 * the next one (declared in database.ts, with an `.upgrade()` function there if existing rows must
 * change), and a test that opens the previous version's rows with the new code. A new table whose
 * rows belong to a portfolio goes into PORTFOLIO_TABLES too (portfolio-tables.ts).
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

/**
 * Version 2 adds print copies: smaller, upright copies of large photos made for the PDF, by the
 * photo's SHA-256 (`key` is the SHA-256 plus the size and format of the copy). They are a cache:
 * never part of a snapshot or a .folio file, and safe to lose.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  printCopies: 'key, sha256',
} as const;

export const CURRENT_SCHEMA_VERSION = 2;
