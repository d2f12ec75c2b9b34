import { afterEach, beforeEach, vi } from 'vitest';
import { decodeFolio } from '../../../src/domain/portfolio-file';
import { isDecodeRequest, type DecodeRequest } from '../../../src/features/export/import-protocol';
import { handleDecodeRequest, type DecodeFn } from '../../../src/features/export/import-worker-handler';

/**
 * jsdom has no Worker. This stands in for one: the page posts to it exactly as to the real import
 * worker, and it runs the worker's own handler on this thread with whatever decoder the test gives.
 */
export class InProcessWorker {
  static decode: DecodeFn = decodeFolio;
  static created: InProcessWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: DecodeRequest[] = [];

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    InProcessWorker.created.push(this);
  }

  postMessage(message: unknown): void {
    if (!isDecodeRequest(message)) return;
    this.requests.push(message);
    void handleDecodeRequest(
      message,
      (data) =>
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
        }, 0),
      InProcessWorker.decode,
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Call at the top of a test file whose pages import .folio files: each test gets a fresh stand-in. */
export function standInImportWorker(): void {
  beforeEach(() => {
    InProcessWorker.decode = decodeFolio;
    InProcessWorker.created = [];
    vi.stubGlobal('Worker', InProcessWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
