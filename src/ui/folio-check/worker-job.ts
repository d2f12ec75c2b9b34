/** The part of a Worker a job uses; a real `Worker` satisfies it. */
export interface WorkerPort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerJob<T> {
  result: Promise<T>;
  /** Stops the work at once: the result settles as cancelled, and the worker is terminated if `terminateOn` says so. */
  cancel(): void;
}

/** Every worker's replies carry their job's id; progress replies say how far it has got. */
interface Reply {
  type: string;
  jobId: number;
}
type Progress = { type: 'progress'; jobId: number; done: number; total: number };

/** What one kind of job sends, what its replies mean, and how it ends when something goes wrong. */
export interface WorkerJobSpec<R extends Reply, T> {
  /** The message that starts the job, and the buffers to move (not copy) with it. */
  request(jobId: number): { message: unknown; transfer: Transferable[] };
  /** Replies cross a thread boundary untyped: this checks one's shape before it is trusted. */
  isReply(data: unknown): data is R;
  onProgress(done: number, total: number): void;
  /** The result a reply other than progress settles the job with. */
  settleWith(reply: Exclude<R, Progress>): T;
  /** The worker crashed. */
  crashed(event: ErrorEvent): T;
  /** The request could not be posted (e.g. a buffer could not be moved). */
  notSent(error: unknown): T;
  cancelled: T;
  /** Whether the worker is done with once the job settles this way. */
  terminateOn(result: T): boolean;
}

/** Splits a reply into progress and the rest; TypeScript cannot narrow a generic union by its tag alone. */
function isProgress<R extends Reply>(reply: R | Progress): reply is Progress {
  return reply.type === 'progress';
}

let lastJobId = 0;

/**
 * Sends one job to a worker and follows its replies until it settles, exactly once: by its own
 * result, a crash, a failed hand-over or a cancel. Replies are matched by job id, so a late reply
 * of an earlier job is never taken for this one's.
 */
export function startWorkerJob<R extends Reply, T>(worker: WorkerPort, spec: WorkerJobSpec<R, T>): WorkerJob<T> {
  const jobId = ++lastJobId;
  let settle: (result: T) => void = () => undefined;
  const result = new Promise<T>((resolve) => {
    settle = (r) => {
      worker.onmessage = null;
      worker.onerror = null;
      if (spec.terminateOn(r)) worker.terminate();
      settle = () => undefined;
      resolve(r);
    };
  });

  worker.onmessage = (event) => {
    const reply: unknown = event.data;
    if (!spec.isReply(reply) || reply.jobId !== jobId) return;
    if (isProgress(reply)) spec.onProgress(reply.done, reply.total);
    else settle(spec.settleWith(reply as Exclude<R, Progress>));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(spec.crashed(event));
  };

  try {
    const { message, transfer } = spec.request(jobId);
    worker.postMessage(message, transfer);
  } catch (e) {
    settle(spec.notSent(e));
  }

  return { result, cancel: () => settle(spec.cancelled) };
}
