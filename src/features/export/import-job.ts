import type { DecodeLimits, DecodeResult } from '../../domain/portfolio-file';
import { isImportReply } from './import-protocol';
import type { WorkerPort } from './pdf-job';
import { errorClause } from '../../domain/error-detail';

export type ImportJobResult = { status: 'done'; result: DecodeResult } | { status: 'failed'; message: string } | { status: 'cancelled' };

export interface ImportJob {
  result: Promise<ImportJobResult>;
  /** Stops the check at once: the worker is terminated, and the result settles as cancelled. */
  cancel(): void;
}

let lastJobId = 0;

/**
 * Hands a file's bytes to a worker (moved, not copied) and follows its replies until the check is
 * done. The worker serves one check only and is terminated when it settles, whatever the outcome,
 * so the memory the check used is given back at once.
 */
export function startImportJob(
  worker: WorkerPort,
  bytes: Uint8Array,
  limits: DecodeLimits,
  onProgress: (done: number, total: number) => void,
): ImportJob {
  const jobId = ++lastJobId;
  let settle: (result: ImportJobResult) => void = () => undefined;
  const result = new Promise<ImportJobResult>((resolve) => {
    settle = (r) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle = () => undefined;
      resolve(r);
    };
  });

  worker.onmessage = (event) => {
    const reply: unknown = event.data;
    if (!isImportReply(reply) || reply.jobId !== jobId) return;
    if (reply.type === 'progress') onProgress(reply.done, reply.total);
    else if (reply.type === 'done') settle({ status: 'done', result: reply.result });
    else settle({ status: 'failed', message: reply.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ status: 'failed', message: `The file could not be checked: the checker stopped unexpectedly${event.message ? ` (${event.message})` : ''}. Nothing on this device was changed.` });
  };

  try {
    const transfer = bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
    worker.postMessage({ type: 'decode', jobId, bytes, limits }, transfer);
  } catch (e) {
    settle({ status: 'failed', message: `The file could not be handed to the checker: ${errorClause(e)}. Nothing on this device was changed.` });
  }

  return { result, cancel: () => settle({ status: 'cancelled' }) };
}
