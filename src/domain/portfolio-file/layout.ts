/*
 * What a .folio file says it is, and where each entry lies inside its zip. docs/portfolio-file.md
 * describes the whole format.
 */

/** What a .folio file says it is. Readers refuse any other format name, and any version they do not know. */
export const FOLIO_FORMAT = 'folio-portfolio';

/** The version this build writes. Older versions are migrated on load (see ./migrations). */
export const FOLIO_FORMAT_VERSION = 4;

export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATH = 'portfolio.json';

export function attachmentPath(attachmentId: string): string {
  return `attachments/${attachmentId}`;
}
