import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { startImportJob } from '../../src/ui/folio-check/import-job';
import { isDecodeRequest, isImportReply, type ImportReply } from '../../src/ui/folio-check/import-protocol';
import { handleDecodeRequest, type DecodeFn } from '../../src/ui/folio-check/import-worker-handler';
import type { WorkerPort } from '../../src/ui/folio-check/worker-job';

/** The page's side talks to this as to a Worker; it runs the worker's real handler on this thread. */
class InProcessWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  sent: Transferable[][] = [];
  replies: { reply: ImportReply; transfer: Transferable[] }[] = [];

  constructor(private readonly decode: DecodeFn = decodeFolio) {}

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.sent.push(transfer);
    if (!isDecodeRequest(message)) throw new Error('not a decode request');
    void handleDecodeRequest(
      message,
      (reply, replyTransfer) => {
        this.replies.push({ reply, transfer: replyTransfer });
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: reply }));
        }, 0);
      },
      this.decode,
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

const now = '2026-11-22T10:00:00.000Z';

describe('an import check in a worker', () => {
  it('moves the file’s bytes to the worker and the attachments’ bytes back, reports progress, then stops the worker', async () => {
    const snapshot = await generatePortfolio({ items: 6, imageEvery: 2, seed: 5, now, imageWidth: 48 });
    const bytes = await encodeFolio(snapshot, { appVersion: '0.1.0', now });
    const worker = new InProcessWorker();
    const progress: [number, number][] = [];
    const job = startImportJob(worker, bytes, { maxBytes: 10_000_000 }, (done, total) => progress.push([done, total]));
    const outcome = await job.result;
    if (outcome.status !== 'done' || !outcome.result.ok) throw new Error(`expected a decoded portfolio, got ${JSON.stringify(outcome)}`);
    expect(outcome.result.snapshot.attachments).toHaveLength(snapshot.attachments.length);
    expect(worker.sent[0]).toEqual([bytes.buffer]);
    const done = worker.replies.find((r) => r.reply.type === 'done');
    expect(done?.transfer).toHaveLength(snapshot.attachments.length);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBeLessThanOrEqual(101);
    const last = progress.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(worker.terminated).toBe(true);
  });

  it('with keepWorker, a worker that finished its check serves the next file, and one that failed is terminated', async () => {
    const snapshot = await generatePortfolio({ items: 3, imageEvery: 0, seed: 9, now });
    const worker = new InProcessWorker();
    for (let i = 0; i < 2; i += 1) {
      const outcome = await startImportJob(worker, await encodeFolio(snapshot, { appVersion: '0.1.0', now }), {}, () => undefined, { keepWorker: true }).result;
      expect(outcome.status === 'done' && outcome.result.ok).toBe(true);
      expect(worker.terminated).toBe(false);
    }
    const failing = new InProcessWorker(() => Promise.reject(new Error('out of memory')));
    expect((await startImportJob(failing, new Uint8Array([1]), {}, () => undefined, { keepWorker: true }).result).status).toBe('failed');
    expect(failing.terminated).toBe(true);
  });

  it('cancel terminates the worker and settles as cancelled', async () => {
    const worker = new InProcessWorker(() => new Promise(() => undefined));
    const job = startImportJob(worker, new Uint8Array([1, 2, 3]), {}, () => undefined);
    job.cancel();
    expect(await job.result).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });

  it('a decoder that throws is reported as a failure saying nothing changed', async () => {
    const worker = new InProcessWorker(() => Promise.reject(new Error('out of memory')));
    const outcome = await startImportJob(worker, new Uint8Array([1]), {}, () => undefined).result;
    expect(outcome).toEqual({ status: 'failed', message: 'The file could not be checked: out of memory. Nothing on this device was changed.' });
  });

  it('checks the shape of messages crossing the thread boundary', () => {
    expect(isDecodeRequest({ type: 'decode', jobId: 1, bytes: new Uint8Array(1), limits: { maxBytes: 5 } })).toBe(true);
    expect(isDecodeRequest({ type: 'decode', jobId: 1, bytes: [1], limits: {} })).toBe(false);
    expect(isDecodeRequest({ type: 'decode', jobId: 1, bytes: new Uint8Array(1), limits: { maxBytes: -1 } })).toBe(false);
    expect(isImportReply({ type: 'done', jobId: 1, result: { ok: false, error: { code: 'too-large', message: 'x' } } })).toBe(true);
    expect(isImportReply({ type: 'done', jobId: 1, result: { ok: true } })).toBe(false);
    expect(isImportReply({ type: 'progress', jobId: 1, done: 1.5, total: 2 })).toBe(false);
  });
});
