import { newWorkMeter, type WorkMeter } from '../work-meter';
import { folioErrors, type FolioError } from './errors';
import { DATA_PATH, MANIFEST_PATH } from './layout';
import { DEFAULT_MAX_UNZIPPED_BYTES, MAX_ATTACHMENT_BYTES, MAX_DATA_BYTES, MAX_MANIFEST_BYTES, MAX_ZIP_ENTRIES, type DecodeLimits } from './limits';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { inflateEntry } from './zip-inflate';

/** A zip's entries by name. A Map, so that no name from a file can ever reach an object's prototype. */
export type ZipFiles = Map<string, Uint8Array>;

export type ZipReadResult = { ok: true; files: ZipFiles } | { ok: false; error: FolioError };

export interface ZipReadOptions extends DecodeLimits {
  work?: WorkMeter;
  /** Bytes unpacked so far, of the total the directory declares. */
  onProgress?: (done: number, total: number) => void;
}

function entryLimit(name: string, limits: ZipReadOptions): number {
  if (name === MANIFEST_PATH) return limits.maxManifestBytes ?? MAX_MANIFEST_BYTES;
  if (name === DATA_PATH) return limits.maxDataBytes ?? MAX_DATA_BYTES;
  return limits.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES;
}

/** Sizes first, from the directory, so an honest but oversized file is refused before any work. */
function checkDeclaredSizes(entries: ZipEntry[], options: ZipReadOptions, budget: number): FolioError | undefined {
  let total = 0;
  for (const entry of entries) {
    const limit = entryLimit(entry.name, options);
    if (entry.size > limit) return folioErrors.entryTooLarge(entry.name, entry.size, limit);
    total += entry.size;
    if (total > budget) return folioErrors.unzippedTooLarge(budget);
  }
  return undefined;
}

/**
 * Reads a whole zip into memory, trusting nothing it declares: the directory is checked first
 * (`readZipDirectory`), declared sizes against the limits, then each entry is unpacked with every
 * byte counted, so no file can cost more than the limits however its headers lie.
 */
export function readZip(bytes: Uint8Array, options: ZipReadOptions = {}): ZipReadResult {
  const directory = readZipDirectory(bytes, options.maxEntries ?? MAX_ZIP_ENTRIES);
  if (!directory.ok) return directory;
  const budget = options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES;
  const tooLarge = checkDeclaredSizes(directory.entries, options, budget);
  if (tooLarge) return { ok: false, error: tooLarge };

  const work = options.work ?? newWorkMeter();
  const total = directory.entries.reduce((sum, e) => sum + e.size, 0);
  const startedAt = work.inflatedBytes;
  const onProgress = options.onProgress;
  const running = {
    remaining: budget,
    limit: budget,
    work,
    onBytes: onProgress ? (counted: number) => onProgress(Math.min(counted - startedAt, total), total) : undefined,
  };
  const files: ZipFiles = new Map();
  for (const entry of directory.entries) {
    const inflated = inflateEntry(bytes, entry, running);
    if (!inflated.ok) return inflated;
    files.set(entry.name, inflated.bytes);
  }
  return { ok: true, files };
}
