import { loadIntoDevice, type LoadOutcome } from '../../db/cohort-load';
import { isQuotaExceeded } from '../../db/storage-errors';
import { errorClause } from '../../domain/error-detail';
import { plural } from '../../domain/plural';
import { startImportJob } from '../../ui/folio-check/import-job';
import { readFileBytes } from '../../ui/folio-check/read-file';
import type { WorkerPort } from '../../ui/folio-check/worker-job';

/** What became of one chosen file. */
export type FileResult =
  | { fileName: string; outcome: LoadOutcome; learnerName: string; portfolioId: string; conflicts: number }
  | { fileName: string; outcome: 'refused'; message: string };

export interface LoadFileOptions {
  createWorker: () => WorkerPort;
  maxBytes: number;
  maxUnzippedBytes: number;
  group?: string;
  /** The file's check: bytes unpacked of those the zip declares. */
  onCheck: (done: number, total: number) => void;
  /**
   * Runs the write after whatever write came before: files are checked two at a time, but written one
   * by one, so that two files of the same learner in one load merge rather than race.
   */
  inTurn: <T>(write: () => Promise<T>) => Promise<T>;
}

const refused = (fileName: string, message: string): FileResult => ({ fileName, outcome: 'refused', message });

/**
 * Reads one file, checks all of it in a worker of its own, then loads it (new, merged or up to date).
 * Whatever goes wrong is this file's result: it never throws, so one bad file never stops the others.
 */
export async function loadOneFile(file: File, options: LoadFileOptions): Promise<FileResult> {
  const fileName = file.name;
  const read = await readFileBytes(file, { maxBytes: options.maxBytes });
  if (!read.ok) return refused(fileName, read.message);
  const checked = await startImportJob(options.createWorker(), read.bytes, { maxBytes: options.maxBytes, maxUnzippedBytes: options.maxUnzippedBytes }, options.onCheck).result;
  if (checked.status === 'failed') return refused(fileName, checked.message);
  if (checked.status === 'cancelled') return refused(fileName, 'The check was stopped before it finished. Nothing on this device was changed.');
  const decoded = checked.result;
  if (!decoded.ok) return refused(fileName, decoded.error.message);
  if (decoded.refusedAttachments.length > 0) {
    // Loading without them needs a person's yes, file by file: the Import page asks it.
    return refused(
      fileName,
      `${plural(decoded.refusedAttachments.length, 'attachment')} in it cannot be accepted (${decoded.refusedAttachments[0]?.reason ?? ''}). Open the file on the Import page to see which, and to load it without them.`,
    );
  }
  try {
    const result = await options.inTurn(() => loadIntoDevice(decoded.snapshot, { group: options.group }));
    return { fileName, ...result };
  } catch (e) {
    const why = isQuotaExceeded(e) ? 'this device has run out of storage space for Folio' : errorClause(e);
    return refused(fileName, `It could not be stored: ${why}. Nothing of it was changed on this device.`);
  }
}
