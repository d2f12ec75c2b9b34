import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PdfOptions, PrintCopy } from '../../pdf';
import { isWorkerReply, transferList, type WorkerReply } from './pdf-protocol';
import { errorDetail } from '../../domain/error-detail';
import { startWorkerJob, type WorkerJob, type WorkerPort } from '../../ui/folio-check/worker-job';

export type PdfJobResult =
  /** `printCopies`: made during this export, for the page to keep. */
  | { status: 'done'; bytes: Uint8Array; pages: number | undefined; printCopies: PrintCopy[] }
  /** `workerLost`: the worker has crashed or been stopped and cannot take another job. */
  | { status: 'failed'; message: string; workerLost: boolean }
  | { status: 'cancelled' };

export type PdfJob = WorkerJob<PdfJobResult>;

/**
 * Sends one portfolio to a worker and follows the replies until the PDF comes back. A worker that
 * finishes stays alive for the next export (it keeps jsPDF and the font loaded); cancelling
 * terminates it, which stops even a render that never yields.
 */
export function startPdfJob(
  worker: WorkerPort,
  snapshot: PortfolioSnapshot,
  options: PdfOptions,
  onProgress: (done: number, total: number) => void,
  printCopies: PrintCopy[] = [],
): PdfJob {
  return startWorkerJob<WorkerReply, PdfJobResult>(worker, {
    request: (jobId) => ({ message: { type: 'render', jobId, snapshot, options, printCopies }, transfer: transferList(snapshot, printCopies) }),
    isReply: isWorkerReply,
    onProgress,
    settleWith: (reply) =>
      reply.type === 'done'
        ? { status: 'done', bytes: reply.bytes, pages: reply.pages, printCopies: reply.printCopies ?? [] }
        : { status: 'failed', message: reply.message, workerLost: false },
    crashed: (event) => ({ status: 'failed', message: `The PDF maker stopped unexpectedly${event.message ? `: ${event.message}` : ''}.`, workerLost: true }),
    notSent: (e) => ({ status: 'failed', message: `The portfolio could not be handed to the PDF maker: ${errorDetail(e)}.`, workerLost: false }),
    cancelled: { status: 'cancelled' },
    terminateOn: (r) => r.status === 'cancelled' || (r.status === 'failed' && r.workerLost),
  });
}
