import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_MAX_BYTES } from '../../domain/portfolio-file';
import { createImportWorker } from '../../ui/folio-check/create-import-worker';
import { deviceUnpackBudget } from '../../ui/folio-check/unpack-budget';
import type { WorkerPort } from '../../ui/folio-check/worker-job';
import { deviceFreeSpace } from './free-space';
import { checkFile, storeChecked, type Checked, type CheckerLane, type FileResult } from './load-one-file';

/** Files checked at once: two workers keep both cores of a small laptop busy; more only queue. */
const AT_ONCE = 2;

export type CohortLoadState =
  | { phase: 'idle' }
  /** Files chosen; `free` is what the device says it has (undefined when it will not say). */
  | { phase: 'chosen'; files: File[]; bytes: number; free: number | undefined }
  | { phase: 'running'; total: number; results: FileResult[]; checking: { fileName: string; done: number; total: number } | undefined; stopping: boolean }
  | { phase: 'finished'; total: number; results: FileResult[]; cancelled: boolean };

/** True when the files will fit in what the device has free, or when the device will not say. */
export function fits(state: Extract<CohortLoadState, { phase: 'chosen' }>): boolean {
  return state.free === undefined || state.bytes <= state.free;
}

/**
 * Loading many learners' files: choose them (the storage they take is weighed against what the device
 * has free), then load them, two checked at a time, each written in turn; every file gets its result,
 * and one bad file never stops the others. Cancel stops after the files under way.
 */
export function useCohortLoad(createWorker: () => WorkerPort = createImportWorker, maxBytes: number = DEFAULT_MAX_BYTES) {
  const [state, setState] = useState<CohortLoadState>({ phase: 'idle' });
  const stop = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stop.current = true;
    };
  }, []);

  const choose = useCallback(async (files: File[]) => {
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    const free = await deviceFreeSpace();
    if (mounted.current) setState({ phase: 'chosen', files, bytes, free });
  }, []);

  const start = useCallback(
    async (group: string) => {
      if (state.phase !== 'chosen' || !fits(state)) return;
      const { files } = state;
      stop.current = false;
      const results: (FileResult | undefined)[] = [];
      const update = (checking?: { fileName: string; done: number; total: number }) => {
        if (!mounted.current) return;
        setState((s) => ({
          phase: 'running',
          total: files.length,
          results: results.filter((r): r is FileResult => r !== undefined),
          checking: checking ?? (s.phase === 'running' ? s.checking : undefined),
          stopping: stop.current,
        }));
      };
      update();
      const maxUnzippedBytes = await deviceUnpackBudget();
      const label = group.trim() || undefined;
      // Files are checked two at a time, and written one at a time, in the order their checks end, so
      // that two files of the same learner in one load merge rather than race. A lane checks its next
      // file while its last one waits to be written, and holds at most that one back (memory stays flat).
      let writes: Promise<unknown> = Promise.resolve();
      const store = (index: number, checked: Checked): Promise<void> => {
        const next = writes.then(async () => {
          results[index] = await storeChecked(checked, label);
          update();
        });
        writes = next;
        return next;
      };
      let nextIndex = 0;
      let lastDrawn = 0;
      const lane = async () => {
        // Each lane keeps its checker from file to file (warm, its code loaded) and ends it when done.
        let current: WorkerPort | undefined;
        const checker: CheckerLane = {
          worker: () => (current ??= createWorker()),
          lost: () => {
            current = undefined;
          },
        };
        let waiting: Promise<void> = Promise.resolve();
        try {
          while (!stop.current && nextIndex < files.length) {
            const index = nextIndex++;
            const file = files[index];
            if (!file) continue;
            update({ fileName: file.name, done: 0, total: 0 });
            const onCheck = (done: number, total: number) => {
              // A check reports up to 100 steps; ten redraws a second are plenty to see it move.
              const now = performance.now();
              if (now - lastDrawn < 100 && done < total) return;
              lastDrawn = now;
              update({ fileName: file.name, done, total });
            };
            const checked = await checkFile(file, { checker, maxBytes, maxUnzippedBytes, onCheck });
            await waiting;
            waiting = store(index, checked);
          }
          await waiting;
        } finally {
          current?.terminate();
        }
      };
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, files.length) }, lane));
      if (!mounted.current) return;
      const done = results.filter((r): r is FileResult => r !== undefined);
      setState({ phase: 'finished', total: files.length, results: done, cancelled: done.length < files.length });
    },
    [state, createWorker, maxBytes],
  );

  /** Stops after the files under way: each of them still gets its result. */
  const cancel = useCallback(() => {
    stop.current = true;
    setState((s) => (s.phase === 'running' ? { ...s, stopping: true } : s));
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, choose, start, cancel, reset };
}
