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

/**
 * Version 3 (issue 8) adds the append-only history and the device's signing identity, and drops `meta`,
 * which nothing used:
 * - `versions`: every saved version of every evidence item (EvidenceVersion), by item;
 * - `records`: ready marks, comments, sign-offs, countersignatures, unlocks, declarations, key changes
 *   and tombstones (PortfolioRecord), by portfolio and type;
 * - `keys`: public keys of signers seen or confirmed on this device, by fingerprint and by signer;
 * - `identity`: this device's user (role, name) and signing key pair, the private key non-extractable;
 * - `portfolioLocal`: what this device alone knows of a portfolio (when it last sent it).
 * The upgrade writes a first version for every stored item and brings decisions to their new shape.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  meta: null,
  versions: 'id, portfolioId, evidenceId',
  records: 'id, portfolioId, [portfolioId+type]',
  keys: 'fingerprint, signerId',
  identity: 'id',
  portfolioLocal: 'portfolioId',
} as const;

/** Version 4 (issue 9) adds the IQA's sampling rounds, kept on the IQA's device (not a portfolio's rows). */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  iqaRounds: 'id, updatedAt',
} as const;

export const CURRENT_SCHEMA_VERSION = 4;
