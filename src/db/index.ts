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
export * from './print-copies';
export { isQuotaExceeded } from './storage-errors';
export * from './assessment';
export { getIdentity, useIdentity, signAsMe } from './identity';
export * from './assessment-hooks';
export { useMe } from './use-me';
