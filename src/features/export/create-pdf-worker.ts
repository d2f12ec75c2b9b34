import type { WorkerPort } from '../../ui/folio-check/worker-job';

/** A new PDF worker. Vite turns this URL into a separate bundle, fetched the first time it runs. */
export function createPdfWorker(): WorkerPort {
  return new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'folio-pdf' });
}
