import type { WorkerPort } from './worker-job';

/** A new import checker. Vite turns this URL into a separate bundle, fetched the first time it runs. */
export function createImportWorker(): WorkerPort {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'folio-import' });
}
