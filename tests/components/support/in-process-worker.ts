import { afterEach, beforeEach, vi } from 'vitest';
import { decodeFolio } from '../../../src/domain/portfolio-file';
import { isDecodeRequest, type DecodeRequest } from '../../../src/ui/folio-check/import-protocol';
import { handleDecodeRequest, type DecodeFn } from '../../../src/ui/folio-check/import-worker-handler';

/**
 * jsdom has no Worker. A stand-in takes the page's messages exactly as a real worker would and runs
 * the worker's own handler on this thread; its replies arrive on a later task, as a worker's do.
 * Each kind of worker says which messages are its requests and how it handles one.
 */
export abstract class StandInWorker<Request> {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: Request[] = [];

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {}

  protected abstract isRequest(message: unknown): message is Request;
  protected abstract handle(request: Request, reply: (data: unknown) => void): void;

  postMessage(message: unknown): void {
    if (!this.isRequest(message)) return;
    this.requests.push(message);
    this.handle(message, (data) =>
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
      }, 0),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** The import checker, with whatever decoder the test gives. */
export class InProcessWorker extends StandInWorker<DecodeRequest> {
  static decode: DecodeFn = decodeFolio;
  static created: InProcessWorker[] = [];

  constructor(url: URL | string, options?: WorkerOptions) {
    super(url, options);
    InProcessWorker.created.push(this);
  }

  protected isRequest(message: unknown): message is DecodeRequest {
    return isDecodeRequest(message);
  }

  protected handle(request: DecodeRequest, reply: (data: unknown) => void): void {
    void handleDecodeRequest(request, reply, InProcessWorker.decode);
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
