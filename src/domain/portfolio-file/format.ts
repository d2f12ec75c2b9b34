/** What a .folio file says it is. Readers refuse any other format name, and any version they do not know. */
export const FOLIO_FORMAT = 'folio-portfolio';

/** The version this build writes. Older versions are migrated on load (see ./migrations). */
export const FOLIO_FORMAT_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATH = 'portfolio.json';

export function attachmentPath(attachmentId: string): string {
  return `attachments/${attachmentId}`;
}

/** Refuse files over this size before unzipping anything: big enough for a portfolio full of photos. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface DecodeLimits {
  /** The largest file accepted, in bytes. */
  maxBytes?: number;
  /** The largest total of unzipped entries, in bytes, so a small zip cannot expand without bound. */
  maxUnzippedBytes?: number;
}
