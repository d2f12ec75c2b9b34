export { decodeFolio, type DecodeOptions, type DecodeResult } from './decode';
export { encodeFolio, type EncodeMeta } from './encode';
export type { FolioError, FolioErrorCode } from './errors';
export { FOLIO_FORMAT, FOLIO_FORMAT_VERSION } from './layout';
export { DEFAULT_MAX_BYTES, unpackBudget, type DecodeLimits } from './limits';
export { holdsSignatures, reIdRecords, reIdSnapshot } from './re-id';
export type { FolioManifest } from './schema';
export type { RefusedAttachment } from './screen-attachments';
