import { useCallback, useEffect, useRef, useState } from 'react';
import { clock, readSnapshot } from '../../db';
import { createPdfWorker } from './create-pdf-worker';
import { saveBytes } from './download';
import { pdfFileName } from './file-names';
import { startPdfJob, type PdfJob, type WorkerPort } from './pdf-job';

export type PdfExportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'rendering'; done: number; total: number }
  | { phase: 'ready'; url: string; fileName: string; pages: number | undefined; size: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

export interface PdfChoices {
  unitIds?: string[];
  includeAttachments: boolean;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');

/**
 * One PDF export at a time: read the portfolio here (the database lives on this thread), render in a
 * worker, download the result. The worker outlives an export so the next one starts warm; it is
 * terminated on cancel and when the page goes.
 */
export function usePdfExport(portfolioId: string, createWorker: () => WorkerPort = createPdfWorker) {
  const [state, setState] = useState<PdfExportState>({ phase: 'idle' });
  const run = useRef(0);
  const worker = useRef<WorkerPort | null>(null);
  const job = useRef<PdfJob | null>(null);
  const url = useRef<string | null>(null);

  useEffect(
    () => () => {
      run.current += 1;
      job.current?.cancel();
      worker.current?.terminate();
      if (url.current) URL.revokeObjectURL(url.current);
    },
    [],
  );

  const start = useCallback(
    async (choices: PdfChoices) => {
      const thisRun = ++run.current;
      const stale = () => run.current !== thisRun;
      if (url.current) URL.revokeObjectURL(url.current);
      url.current = null;
      setState({ phase: 'reading' });
      try {
        const snapshot = await readSnapshot(portfolioId);
        if (stale()) return;
        if (!snapshot) {
          setState({ phase: 'failed', message: 'This portfolio is no longer on this device, so there is nothing to export.' });
          return;
        }
        worker.current ??= createWorker();
        const now = clock.now();
        setState({ phase: 'rendering', done: 0, total: 0 });
        job.current = startPdfJob(worker.current, snapshot, { now, ...choices }, (done, total) => {
          if (!stale()) setState({ phase: 'rendering', done, total });
        });
        const result = await job.current.result;
        job.current = null;
        if (stale() || result.status === 'cancelled') return;
        if (result.status === 'failed') {
          if (result.workerLost) worker.current = null;
          setState({ phase: 'failed', message: result.message });
          return;
        }
        const fileName = pdfFileName(snapshot.portfolio.learnerName, now);
        url.current = saveBytes(result.bytes, fileName, 'application/pdf');
        setState({ phase: 'ready', url: url.current, fileName, pages: result.pages, size: result.bytes.length });
      } catch (e) {
        if (!stale()) setState({ phase: 'failed', message: `The PDF could not be made: ${describe(e)}. Nothing was saved.` });
      }
    },
    [portfolioId, createWorker],
  );

  const cancel = useCallback(() => {
    run.current += 1;
    if (job.current) {
      job.current.cancel();
      job.current = null;
      worker.current = null;
    }
    setState({ phase: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
