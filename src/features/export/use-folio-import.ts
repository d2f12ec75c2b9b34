import { useCallback, useEffect, useRef, useState } from 'react';
import { getPortfolio, isQuotaExceeded, unsentRecords, type UnsentRecords } from '../../db';
import { importSnapshot, type ImportMode } from '../../db/import';
// From its own module, not the db index: the merge comes with the Import page, not with the first screen.
import { mergeIntoDevice, type DeviceMergeResult } from '../../db/merge';
import { keepingPeopleToRedact } from '../../db/people-to-redact';
import { errorClause } from '../../domain/error-detail';
import { DEFAULT_MAX_BYTES, holdsSignatures, type FolioManifest, type RefusedAttachment } from '../../domain/portfolio-file';
import type { Portfolio } from '../../domain/schemas';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import { createImportWorker } from '../../ui/folio-check/create-import-worker';
import { startImportJob, type ImportJob } from '../../ui/folio-check/import-job';
import type { WorkerPort } from '../../ui/folio-check/worker-job';
import { readFileBytes } from '../../ui/folio-check/read-file';
import { deviceUnpackBudget } from '../../ui/folio-check/unpack-budget';

export type ImportState =
  /** `cancelled`: the person stopped a read or check, so say that nothing was changed. */
  | { phase: 'idle'; cancelled?: boolean }
  | { phase: 'reading'; fileName: string; loaded: number; total: number }
  /** `done` bytes unpacked of the `total` the zip declares (0 of 0 until the worker first reports). */
  | { phase: 'checking'; fileName: string; done: number; total: number }
  | { phase: 'invalid'; fileName: string; message: string }
  | {
      phase: 'ready';
      fileName: string;
      snapshot: PortfolioSnapshot;
      manifest: FolioManifest;
      /** Attachments the rules refused; `snapshot` is the portfolio without them. */
      refused: RefusedAttachment[];
      /** The device's portfolio with the same id, if there is one. */
      existing: Portfolio | undefined;
      /** What replacing `existing` would lose that this device never sent: Replace is refused while there is any. */
      unsent: UnsentRecords | undefined;
      /** The file holds signed records: Keep both is refused (new ids would break the signatures). */
      signed: boolean;
      /** The file is a redacted copy (issue 10): Replace is refused over the device's own copy. */
      redacted: boolean;
      writing: boolean;
      writeError?: string;
    }
  /** Merged into the device's copy: what was added, and what needs a person's eye. */
  | { phase: 'merged'; fileName: string; result: DeviceMergeResult; portfolio: Portfolio };

function describeWriteError(e: unknown): string {
  return isQuotaExceeded(e) ? 'this device has run out of storage space for Folio' : errorClause(e);
}

/**
 * Open a .folio file: read it, check all of it in a worker (never on the page's thread), and only
 * then — and only when asked — write it. Nothing reaches the database until `importAs` is called
 * with a decoded, valid portfolio; `cancel` stops reading or checking and changes nothing.
 */
export function useFolioImport(maxBytes: number = DEFAULT_MAX_BYTES, createWorker: () => WorkerPort = createImportWorker) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const run = useRef(0);
  const job = useRef<ImportJob | null>(null);

  useEffect(
    () => () => {
      run.current += 1;
      job.current?.cancel();
    },
    [],
  );

  const open = useCallback(
    async (file: File) => {
      const thisRun = ++run.current;
      const current = () => run.current === thisRun;
      const fileName = file.name;
      setState({ phase: 'reading', fileName, loaded: 0, total: file.size });
      const read = await readFileBytes(file, {
        maxBytes,
        onProgress: (loaded, total) => {
          if (current()) setState({ phase: 'reading', fileName, loaded, total });
        },
      });
      if (!current()) return;
      if (!read.ok) {
        setState({ phase: 'invalid', fileName, message: read.message });
        return;
      }
      setState({ phase: 'checking', fileName, done: 0, total: 0 });
      const maxUnzippedBytes = await deviceUnpackBudget();
      if (!current()) return;
      job.current = startImportJob(createWorker(), read.bytes, { maxBytes, maxUnzippedBytes }, (done, total) => {
        if (current()) setState({ phase: 'checking', fileName, done, total });
      });
      const checked = await job.current.result;
      job.current = null;
      if (!current() || checked.status === 'cancelled') return;
      if (checked.status === 'failed') {
        setState({ phase: 'invalid', fileName, message: checked.message });
        return;
      }
      const decoded = checked.result;
      if (!decoded.ok) {
        setState({ phase: 'invalid', fileName, message: decoded.error.message });
        return;
      }
      const existing = await getPortfolio(decoded.snapshot.portfolio.id);
      const unsent = existing ? await unsentRecords(decoded.snapshot) : undefined;
      if (!current()) return;
      const { snapshot, manifest, refusedAttachments: refused, redacted } = decoded;
      setState({ phase: 'ready', fileName, snapshot, manifest, refused, existing, unsent, signed: holdsSignatures(snapshot), redacted, writing: false });
    },
    [maxBytes, createWorker],
  );

  /** Writes the checked portfolio; resolves to the id it was stored under, or undefined if it failed. */
  const importAs = useCallback(
    async (mode: ImportMode): Promise<string | undefined> => {
      if (state.phase !== 'ready' || state.writing) return undefined;
      const ready = state;
      setState({ ...ready, writing: true, writeError: undefined });
      try {
        return await keepingPeopleToRedact(ready.snapshot.portfolio.id, () => importSnapshot(ready.snapshot, mode, { redacted: ready.redacted }));
      } catch (e) {
        const detail = describeWriteError(e);
        // The device may have gained the portfolio (or new records) since the file was checked: ask again.
        const existing = await getPortfolio(ready.snapshot.portfolio.id);
        const unsent = existing ? await unsentRecords(ready.snapshot) : undefined;
        setState({ ...ready, existing, unsent, writing: false, writeError: `The portfolio could not be imported: ${detail}. Nothing on this device was changed.` });
        return undefined;
      }
    },
    [state],
  );

  /** Merges the checked portfolio into the device's copy; the state then says what was added. */
  const merge = useCallback(async (): Promise<void> => {
    if (state.phase !== 'ready' || state.writing) return;
    const ready = state;
    setState({ ...ready, writing: true, writeError: undefined });
    try {
      const result = await mergeIntoDevice(ready.snapshot);
      setState({ phase: 'merged', fileName: ready.fileName, result, portfolio: ready.snapshot.portfolio });
    } catch (e) {
      const existing = await getPortfolio(ready.snapshot.portfolio.id);
      setState({ ...ready, existing, writing: false, writeError: `The file could not be merged: ${describeWriteError(e)}. Nothing on this device was changed.` });
    }
  }, [state]);

  const reset = useCallback(() => {
    run.current += 1;
    setState({ phase: 'idle' });
  }, []);

  /** Stops a read or check under way (the checker is terminated) and goes back to choosing a file; nothing is kept. */
  const cancel = useCallback(() => {
    run.current += 1;
    job.current?.cancel();
    job.current = null;
    setState({ phase: 'idle', cancelled: true });
  }, []);

  return { state, open, importAs, merge, reset, cancel };
}
