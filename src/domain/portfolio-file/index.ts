export { decodeFolio, type DecodeOptions, type DecodeResult } from './decode';
export { encodeFolio, type EncodeMeta } from './encode';
export type { FolioError, FolioErrorCode } from './errors';
export { DEFAULT_MAX_BYTES, FOLIO_FORMAT, FOLIO_FORMAT_VERSION, type DecodeLimits } from './format';
export { reIdRecords, reIdSnapshot } from './re-id';
export { restoreFolioData } from './restore';
export type { FolioData, FolioManifest } from './schema';
