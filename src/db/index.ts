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
export * from './import';
export * from './portfolio-local';
export * from './print-copies';
export { isQuotaExceeded } from './storage-errors';
export type { IdentityRow, KeyRow } from './database';
export * from './audit';
export * from './locks';
// The assessor's writes (./assessment) and the queue (./assessment-hooks) are imported from their own
// files, not from here: what this index exports goes into the first screen's JavaScript.
export { getIdentity, useIdentity } from './identity';
export { useMe } from './use-me';
