/* How much a .folio file, and each part of it, may hold before it is refused unread. */
import { KB, MB } from '../byte-sizes';

/** Refuse files over this size before unzipping anything: big enough for a portfolio full of photos. */
export const DEFAULT_MAX_BYTES = 200 * MB;

/** The most `portfolio.json` may unpack to: thousands of evidence items fit in a few MB. */
export const MAX_DATA_BYTES = 50 * MB;

/** The most `manifest.json` may unpack to: a few hundred bytes per entry. */
export const MAX_MANIFEST_BYTES = MB;

/**
 * The most one attachment may unpack to: the editor's own limit (`LIMITS.attachmentBytesMax` in
 * src/domain/schemas.ts, 10 MB), since no file Folio wrote can hold a larger one.
 */
export const MAX_ATTACHMENT_BYTES = 10 * MB;

/** The most entries a zip may list; a portfolio has one per attachment, plus two. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * The most all entries together may unpack to: the command line's budget, and the app's ceiling.
 * The app lowers it to the space the browser says is free (see `unpackBudget`).
 */
export const DEFAULT_MAX_UNZIPPED_BYTES = 400 * MB;

/** Compressed bytes fed to the inflater at a time; one push unpacks to at most ~1,032 times this. */
export const INFLATE_CHUNK_BYTES = 8 * KB;

export interface DecodeLimits {
  /** The largest file accepted, in bytes. */
  maxBytes?: number;
  /** The largest total of unzipped entries, in bytes, so a small zip cannot expand without bound. */
  maxUnzippedBytes?: number;
  /** The largest `portfolio.json`, unzipped. */
  maxDataBytes?: number;
  /** The largest `manifest.json`, unzipped. */
  maxManifestBytes?: number;
  /** The largest attachment, unzipped. */
  maxAttachmentBytes?: number;
  /** The most entries the zip may list. */
  maxEntries?: number;
}

/**
 * The total unpacked budget on a device: the space the browser says is still free (quota − usage),
 * never more than the ceiling. Without an estimate, the ceiling.
 */
export function unpackBudget(estimate: { quota?: number; usage?: number } | undefined, ceiling = DEFAULT_MAX_UNZIPPED_BYTES): number {
  if (estimate?.quota === undefined) return ceiling;
  return Math.max(0, Math.min(ceiling, estimate.quota - (estimate.usage ?? 0)));
}
