export * from './attachments';
// The clock lives in platform/ (it is no database's); db writes are stamped by it, and features reach it here.
export { clock } from '../platform/clock';
export { db, setDatabase, FolioDatabase, type AttachmentRow, type PrintCopyRow } from './database';
export { DATABASE_MESSAGES } from './database-guard';
export * from './drafts';
export * from './evidence';
export * from './hooks';
export * from './mappings';
export * from './portfolios';
export * from './snapshot';
export { useDatabaseStatus } from './use-database-status';
export * from './portfolio-local';
export * from './print-copies';
export { isQuotaExceeded } from './storage-errors';
export type { IdentityRow, KeyRow } from './database';
export * from './audit';
// What this index exports goes into the first screen's JavaScript, so writes that only later screens make
// are imported from their own files: evidence (./evidence-writes), mapping (./mapping-writes), import
// (./import), locks (./locks), the assessor's writes (./assessment) and the queue (./assessment-hooks).
export { getIdentity, useIdentity } from './identity-row';
export { useMe } from './use-me';
