import { useCallback, useEffect, useRef, useState } from 'react';
import type { PdfOptions } from '../../pdf';
import { clock, getPrintCopies, prunePrintCopies, readSnapshot, savePrintCopies, type PrintCopyRow } from '../../db';
// By its path, not the db index: signature checking (and its canonical JSON) loads with the Export screen, not at start-up.
import { readSignatureChecks } from '../../db/signature-checks';
import { createPdfWorker } from './create-pdf-worker';
import { saveBytes } from './download';
import { pdfFileName } from './file-names';
import { startPdfJob, type PdfJob } from './pdf-job';
import type { WorkerPort } from '../../ui/folio-check/worker-job';
import { errorClause } from '../../domain/error-detail';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PreparedExport } from './use-export-privacy';

export type PdfExportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'rendering'; done: number; total: number }
  | { phase: 'ready'; url: string; fileName: string; pages: number | undefined; size: number; masked: number | undefined }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** The PDF's options as the learner chose them; the time is added when the export starts. */
export type PdfRequest = Omit<PdfOptions, 'now' | 'signatures'>;

/** Print copies are a cache: failing to read one only means the photo is scaled again. */
async function keptPrintCopies(sha256s: string[], includeAttachments: boolean): Promise<PrintCopyRow[]> {
  if (!includeAttachments) return [];
  try {
    return await getPrintCopies(sha256s);
  } catch {
    return [];
  }
}

/** Stores the copies a worker made, then drops those of photos no longer on this device. */
async function keepPrintCopies(copies: PrintCopyRow[]): Promise<void> {
  try {
    await savePrintCopies(copies);
    await prunePrintCopies();
  } catch {
    // A cache that cannot be written (storage full, say) costs time on the next export, nothing more.
  }
}

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
    /** `prepare` makes the copy to print (the privacy check's redaction); the stored portfolio is never changed. */
    async (choices: PdfRequest, prepare?: (snapshot: PortfolioSnapshot) => PreparedExport) => {
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
        const printCopies = await keptPrintCopies(snapshot.attachments.map((a) => a.sha256), choices.includeAttachments);
        // Verified here, with this device's keys and what it has confirmed; the worker only prints the results.
        const signatures = await readSignatureChecks(snapshot);
        if (stale()) return;
        // Signatures are checked on the portfolio as stored; the copy only prints masks in place of words.
        const prepared = prepare ? prepare(snapshot) : { snapshot, privacy: undefined, redacted: false };
        worker.current ??= createWorker();
        const now = clock.now();
        setState({ phase: 'rendering', done: 0, total: 0 });
        job.current = startPdfJob(
          worker.current,
          prepared.snapshot,
          { now, ...choices, signatures, privacy: prepared.privacy },
          (done, total) => {
            if (!stale()) setState({ phase: 'rendering', done, total });
          },
          printCopies,
        );
        const result = await job.current.result;
        job.current = null;
        if (stale() || result.status === 'cancelled') return;
        if (result.status === 'failed') {
          if (result.workerLost) worker.current = null;
          setState({ phase: 'failed', message: result.message });
          return;
        }
        void keepPrintCopies(result.printCopies);
        const fileName = pdfFileName(snapshot.portfolio.learnerName, now);
        url.current = saveBytes(result.bytes, fileName, 'application/pdf');
        setState({ phase: 'ready', url: url.current, fileName, pages: result.pages, size: result.bytes.length, masked: prepared.privacy?.masked });
      } catch (e) {
        if (!stale()) setState({ phase: 'failed', message: `The PDF could not be made: ${errorClause(e)}. Nothing was saved.` });
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
