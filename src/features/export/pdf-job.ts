import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PdfOptions, PrintCopy } from '../../pdf';
import { isWorkerReply, transferList } from './pdf-protocol';
import { errorDetail } from '../../domain/error-detail';

/** The part of a Worker a PDF job uses; a real `Worker` satisfies it. */
export interface WorkerPort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type PdfJobResult =
  /** `printCopies`: made during this export, for the page to keep. */
  | { status: 'done'; bytes: Uint8Array; pages: number | undefined; printCopies: PrintCopy[] }
  /** `workerLost`: the worker has crashed or been stopped and cannot take another job. */
  | { status: 'failed'; message: string; workerLost: boolean }
  | { status: 'cancelled' };

export interface PdfJob {
  result: Promise<PdfJobResult>;
  /** Stops the work at once: the worker is terminated, and the result settles as cancelled. */
  cancel(): void;
}

let lastJobId = 0;

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
  const jobId = ++lastJobId;
  let settle: (result: PdfJobResult) => void = () => undefined;
  const result = new Promise<PdfJobResult>((resolve) => {
    settle = (r) => {
      worker.onmessage = null;
      worker.onerror = null;
      if (r.status === 'cancelled' || (r.status === 'failed' && r.workerLost)) worker.terminate();
      settle = () => undefined;
      resolve(r);
    };
  });

  worker.onmessage = (event) => {
    const reply: unknown = event.data;
    if (!isWorkerReply(reply) || reply.jobId !== jobId) return;
    if (reply.type === 'progress') onProgress(reply.done, reply.total);
    else if (reply.type === 'done') settle({ status: 'done', bytes: reply.bytes, pages: reply.pages, printCopies: reply.printCopies ?? [] });
    else settle({ status: 'failed', message: reply.message, workerLost: false });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ status: 'failed', message: `The PDF maker stopped unexpectedly${event.message ? `: ${event.message}` : ''}.`, workerLost: true });
  };

  try {
    worker.postMessage({ type: 'render', jobId, snapshot, options, printCopies }, transferList(snapshot, printCopies));
  } catch (e) {
    const detail = errorDetail(e);
    settle({ status: 'failed', message: `The portfolio could not be handed to the PDF maker: ${detail}.`, workerLost: false });
  }

  return { result, cancel: () => settle({ status: 'cancelled' }) };
}
