import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { startPdfJob } from '../../src/features/export/pdf-job';
import type { WorkerPort } from '../../src/ui/folio-check/worker-job';
import { isRenderRequest, type WorkerReply } from '../../src/features/export/pdf-protocol';
import { handleRenderRequest, type RenderFn } from '../../src/features/export/pdf-worker-handler';

/** The page's side talks to this as to a Worker; it runs the worker's real handler on this thread. */
class InProcessWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  transfers: Transferable[][] = [];

  constructor(private readonly render: RenderFn) {}

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.transfers.push(transfer);
    if (!isRenderRequest(message)) throw new Error('not a render request');
    void handleRenderRequest(message, this.render, (reply) => this.reply(reply));
  }

  /** Delivers a reply the way a worker does: later, and never after termination. */
  reply(data: WorkerReply | Record<string, unknown>): void {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Node has no ErrorEvent; this has the same shape, which is all the job reads. */
class WorkerErrorEvent extends Event {
  readonly filename = '';
  readonly lineno = 0;
  readonly colno = 0;
  readonly error: unknown = undefined;
  constructor(readonly message: string) {
    super('error', { cancelable: true });
  }
}

const snapshot = async (): Promise<PortfolioSnapshot> => {
  let n = 0;
  return await buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
};
const options = { now: '2026-11-22T10:00:00.000Z', includeAttachments: true };
const fakePdf = new TextEncoder().encode('%PDF-1.3 1 0 obj <</Type /Pages /Kids [] /Count 2>> endobj');

describe('a PDF job', () => {
  it('reports progress, then hands back the bytes and the page count, and keeps the worker for next time', async () => {
    const seen: [number, number][] = [];
    const worker = new InProcessWorker(async (request, onProgress) => {
      expect(request.snapshot.evidence).toHaveLength(20);
      for (let i = 1; i <= 3; i++) onProgress(i, 3);
      return fakePdf;
    });
    const job = startPdfJob(worker, (await snapshot()), options, (done, total) => seen.push([done, total]));
    const result = await job.result;
    expect(result).toEqual({ status: 'done', bytes: fakePdf, pages: 2, printCopies: [] });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(worker.terminated).toBe(false);
    expect(worker.onmessage).toBeNull();
  });

  it('passes the renderer’s failure on as a message, and the worker stays usable', async () => {
    const worker = new InProcessWorker(async () => {
      throw new Error('The image of E004 is not a JPEG or PNG.');
    });
    const result = await startPdfJob(worker, (await snapshot()), options, () => undefined).result;
    expect(result).toEqual({
      status: 'failed',
      message: 'The PDF could not be made: The image of E004 is not a JPEG or PNG. Nothing was saved.',
      workerLost: false,
    });
    expect(worker.terminated).toBe(false);
  });

  it('stops at once on cancel: the worker is terminated and a late reply changes nothing', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    const worker = new InProcessWorker((_request, onProgress) => {
      onProgress(1, 20);
      return new Promise((resolve) => (finish = resolve));
    });
    const seen: number[] = [];
    const job = startPdfJob(worker, (await snapshot()), options, (done) => seen.push(done));
    await new Promise((r) => setTimeout(r, 5));
    job.cancel();
    finish(fakePdf);
    expect(await job.result).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([1]);
  });

  it('ignores replies meant for another job, and malformed ones', async () => {
    const worker = new InProcessWorker(async () => {
      worker.reply({ type: 'done', jobId: 999_999, bytes: new Uint8Array([1]), pages: 1 });
      worker.reply({ type: 'done', jobId: 1, bytes: 'not bytes' });
      await new Promise((r) => setTimeout(r, 5));
      return fakePdf;
    });
    expect(await startPdfJob(worker, (await snapshot()), options, () => undefined).result).toMatchObject({ status: 'done', bytes: fakePdf });
  });

  it('hands the kept print copies to the worker, moved not copied, and brings back the ones it made', async () => {
    const kept = { key: 'a:2000x1500:jpeg:q85', sha256: 'a', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]), width: 2000, height: 1500, format: 'jpeg' as const };
    const made = { ...kept, key: 'b:1500x2000:jpeg:q85', sha256: 'b', width: 1500, height: 2000 };
    const worker = new InProcessWorker(async (request, _onProgress, keepCopy) => {
      expect(request.printCopies?.map((c) => c.key)).toEqual([kept.key]);
      keepCopy(made);
      return fakePdf;
    });
    const job = startPdfJob(worker, (await snapshot()), options, () => undefined, [kept]);
    expect(worker.transfers[0]).toContain(kept.bytes.buffer);
    expect(await job.result).toEqual({ status: 'done', bytes: fakePdf, pages: 2, printCopies: [made] });
  });

  it('treats a crashed worker as lost', async () => {
    const worker = new InProcessWorker(() => new Promise(() => undefined));
    const job = startPdfJob(worker, (await snapshot()), options, () => undefined);
    worker.onerror?.(new WorkerErrorEvent('Failed to fetch dynamically imported module'));
    expect(await job.result).toEqual({
      status: 'failed',
      message: 'The PDF maker stopped unexpectedly: Failed to fetch dynamically imported module.',
      workerLost: true,
    });
    expect(worker.terminated).toBe(true);
  });
});

describe('the worker handler with the real renderer', () => {
  it('renders the demo portfolio, counting progress and pages', async () => {
    const { renderPortfolioPdf } = await import('../../src/pdf');
    const { loadFontNode } = await import('../../src/pdf/render/font-node');
    const font = await loadFontNode();
    const worker = new InProcessWorker(({ snapshot, options }, onProgress) => renderPortfolioPdf(snapshot, options, { font, onProgress }));
    const seen: [number, number][] = [];
    const result = await startPdfJob(worker, (await snapshot()), options, (done, total) => seen.push([done, total])).result;
    if (result.status !== 'done') throw new Error(`expected a PDF, got ${JSON.stringify(result)}`);
    expect(new TextDecoder().decode(result.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(result.pages).toBeGreaterThan(20);
    // The count read from the page tree must agree with pdf.js's own.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: result.bytes.slice() }).promise;
    expect(pdf.numPages).toBe(result.pages);
    expect(seen.at(-1)).toEqual([20, 20]);
  }, 60_000);
});
