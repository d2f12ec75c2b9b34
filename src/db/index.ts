export * from './attachments';
export { clock } from './clock';
export { db, setDatabase, FolioDatabase, DB_NAME, type AttachmentRow, type DraftRow } from './database';
export * from './drafts';
export * from './evidence';
export * from './hooks';
export * from './portfolios';
export * from './snapshot';
export * from './import';
