import type { DecodeLimits, DecodeResult } from '../../domain/portfolio-file';
import { isImportReply, type ImportReply } from './import-protocol';
import { startWorkerJob, type WorkerJob, type WorkerPort } from './worker-job';
import { errorClause } from '../../domain/error-detail';

export type ImportJobResult = { status: 'done'; result: DecodeResult } | { status: 'failed'; message: string } | { status: 'cancelled' };

export type ImportJob = WorkerJob<ImportJobResult>;

/**
 * Hands a file's bytes to a worker (moved, not copied) and follows its replies until the check is
 * done. The worker serves one check only and is terminated when it settles, whatever the outcome,
 * so the memory the check used is given back at once; with `keepWorker`, a worker that finished its
 * check is kept for the next file of a batch (it has loaded and warmed up its code), and the batch
 * terminates it at the end. A crashed, failed or cancelled check terminates it either way.
 */
export function startImportJob(
  worker: WorkerPort,
  bytes: Uint8Array,
  limits: DecodeLimits,
  onProgress: (done: number, total: number) => void,
  options: { keepWorker?: boolean } = {},
): ImportJob {
  return startWorkerJob<ImportReply, ImportJobResult>(worker, {
    request: (jobId) => ({ message: { type: 'decode', jobId, bytes, limits }, transfer: bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [] }),
    isReply: isImportReply,
    onProgress,
    settleWith: (reply) => (reply.type === 'done' ? { status: 'done', result: reply.result } : { status: 'failed', message: reply.message }),
    crashed: (event) => ({
      status: 'failed',
      message: `The file could not be checked: the checker stopped unexpectedly${event.message ? ` (${event.message})` : ''}. Nothing on this device was changed.`,
    }),
    notSent: (e) => ({ status: 'failed', message: `The file could not be handed to the checker: ${errorClause(e)}. Nothing on this device was changed.` }),
    cancelled: { status: 'cancelled' },
    terminateOn: (result) => !options.keepWorker || result.status !== 'done',
  });
}
