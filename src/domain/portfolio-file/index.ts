export { decodeFolio, type DecodeOptions, type DecodeResult } from './decode';
export { encodeFolio, type EncodeMeta } from './encode';
export type { FolioError, FolioErrorCode } from './errors';
export { FOLIO_FORMAT, FOLIO_FORMAT_VERSION } from './layout';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_UNZIPPED_BYTES,
  MAX_ATTACHMENT_BYTES,
  MAX_DATA_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_ZIP_ENTRIES,
  unpackBudget,
  type DecodeLimits,
} from './limits';
export { reIdRecords, reIdSnapshot } from './re-id';
export { restoreFolioData } from './restore';
export type { FolioData, FolioManifest } from './schema';
export type { RefusedAttachment } from './screen-attachments';
