import { loadIntoDevice, type LoadOutcome } from '../../db/cohort-load';
import { isQuotaExceeded } from '../../db/storage-errors';
import { errorClause } from '../../domain/error-detail';
import { plural } from '../../domain/plural';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import { startImportJob } from '../../ui/folio-check/import-job';
import { readFileBytes } from '../../ui/folio-check/read-file';
import type { WorkerPort } from '../../ui/folio-check/worker-job';

/** What became of one chosen file. */
export type FileResult =
  | { fileName: string; outcome: LoadOutcome; learnerName: string; portfolioId: string; conflicts: number }
  | { fileName: string; outcome: 'refused'; message: string };

/** A checker kept for a run of files: a new one only when the last was terminated. */
export interface CheckerLane {
  worker(): WorkerPort;
  /** The worker was terminated (its check crashed, failed or was stopped): the next file needs a new one. */
  lost(): void;
}

export interface CheckOptions {
  checker: CheckerLane;
  maxBytes: number;
  maxUnzippedBytes: number;
  /** The file's check: bytes unpacked of those the zip declares. */
  onCheck: (done: number, total: number) => void;
}

export type Checked = { ok: true; fileName: string; snapshot: PortfolioSnapshot } | { ok: false; result: FileResult };

const refused = (fileName: string, message: string): Checked => ({ ok: false, result: { fileName, outcome: 'refused', message } });

/**
 * Reads one file and checks all of it in the lane's worker. Whatever is wrong with it is this file's
 * result: it never throws, so one bad file never stops the others.
 */
export async function checkFile(file: File, options: CheckOptions): Promise<Checked> {
  const fileName = file.name;
  const read = await readFileBytes(file, { maxBytes: options.maxBytes });
  if (!read.ok) return refused(fileName, read.message);
  const limits = { maxBytes: options.maxBytes, maxUnzippedBytes: options.maxUnzippedBytes };
  const checked = await startImportJob(options.checker.worker(), read.bytes, limits, options.onCheck, { keepWorker: true }).result;
  if (checked.status !== 'done') options.checker.lost();
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
  return { ok: true, fileName, snapshot: decoded.snapshot };
}

/** Stores a checked file (new, merged or up to date); a failure to store is the file's result, never a throw. */
export async function storeChecked(checked: Checked, group: string | undefined): Promise<FileResult> {
  if (!checked.ok) return checked.result;
  const { fileName, snapshot } = checked;
  try {
    return { fileName, ...(await loadIntoDevice(snapshot, { group })) };
  } catch (e) {
    const why = isQuotaExceeded(e) ? 'this device has run out of storage space for Folio' : errorClause(e);
    return { fileName, outcome: 'refused', message: `It could not be stored: ${why}. Nothing of it was changed on this device.` };
  }
}
