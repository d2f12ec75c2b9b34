import type { Table } from 'dexie';
import type { PortfolioSnapshot } from '../domain/snapshot';
import type { FolioDatabase } from './database';
import type { SCHEMA_V3 } from './schema-versions';

type TableName = { [K in keyof typeof SCHEMA_V3]: (typeof SCHEMA_V3)[K] extends null ? never : K }[keyof typeof SCHEMA_V3];

/**
 * Every table whose rows belong to one portfolio, by `portfolioId` (the `portfolios` table holds the
 * portfolio itself). Deleting, importing and reading a portfolio, and every transaction that touches a
 * whole one, go by this list, so a table added here is covered by all of them at once; a test fails if
 * a table indexed by `portfolioId` is missing.
 *
 * Not here: `identity` and `keys` (the device's user and the signers it knows) and `printCopies`, a cache keyed by a photo's SHA-256
 * that any portfolio holding the same photo shares; it is pruned after an export (print-copies.ts).
 */
export const PORTFOLIO_TABLES = ['evidence', 'mappings', 'versions', 'decisions', 'records', 'attachments', 'audit', 'drafts', 'portfolioLocal'] as const satisfies readonly TableName[];

type PortfolioTable = (typeof PORTFOLIO_TABLES)[number];

/** The owned tables a snapshot (and so a .folio file) carries. */
export type SnapshotTable = Exclude<keyof PortfolioSnapshot, 'portfolio' | 'keys'>;

/** Owned but left out of a snapshot: unsaved editor values, and when this device last sent the portfolio, stay on the device. */
const DEVICE_ONLY_TABLES = ['drafts', 'portfolioLocal'] as const satisfies readonly Exclude<PortfolioTable, SnapshotTable>[];

const isSnapshotTable = (name: PortfolioTable): name is SnapshotTable => !(DEVICE_ONLY_TABLES as readonly string[]).includes(name);

export const SNAPSHOT_TABLES: readonly SnapshotTable[] = PORTFOLIO_TABLES.filter(isSnapshotTable);

// Compile-time checks that the list and the snapshot agree: every snapshot part is an owned table,
// and every owned table is either in a snapshot or named as device-only.
type Unlisted = Exclude<SnapshotTable, PortfolioTable> | Exclude<PortfolioTable, SnapshotTable | (typeof DEVICE_ONLY_TABLES)[number]>;
const listsAgree: [Unlisted] extends [never] ? true : never = true;
void listsAgree;

/** The tables of a transaction that touches a whole portfolio: the portfolio and all it owns, plus `extra`. */
export function wholePortfolioScope(d: FolioDatabase, extra: readonly TableName[] = []): Table[] {
  return [...new Set<TableName>(['portfolios', ...PORTFOLIO_TABLES, ...extra])].map((name) => d.table(name));
}

/** Deletes every row a portfolio owns, in every owned table; call inside a scope from `wholePortfolioScope`. */
export async function deleteOwnedRows(d: FolioDatabase, portfolioId: string): Promise<void> {
  await Promise.all(PORTFOLIO_TABLES.map((name) => d.table(name).where('portfolioId').equals(portfolioId).delete()));
}
