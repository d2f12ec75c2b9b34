import type { PortfolioSnapshot } from '../../domain/snapshot';

/** What the page asks of the PDF worker: one portfolio, rendered with these choices. */
export interface PdfRequestOptions {
  /** ISO timestamp printed as the date generated. */
  now: string;
  /** Only these units; undefined for the whole portfolio. */
  unitIds?: string[];
  includeAttachments: boolean;
}

export interface RenderRequest {
  type: 'render';
  /** Tells one export's messages from an earlier one's on the same worker. */
  jobId: number;
  snapshot: PortfolioSnapshot;
  options: PdfRequestOptions;
}

export type WorkerReply =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'done'; jobId: number; bytes: Uint8Array; pages: number | undefined }
  | { type: 'error'; jobId: number; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
// Not `instanceof`: bytes made in another realm (a test environment's, say) fail it yet are bytes.
const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]';

/** Messages cross a thread boundary untyped: check their shape before trusting them. */
export function isWorkerReply(data: unknown): data is WorkerReply {
  if (!isRecord(data) || !isCount(data.jobId)) return false;
  switch (data.type) {
    case 'progress':
      return isCount(data.done) && isCount(data.total);
    case 'done':
      return isBytes(data.bytes) && (data.pages === undefined || isCount(data.pages));
    case 'error':
      return typeof data.message === 'string';
    default:
      return false;
  }
}

export function isRenderRequest(data: unknown): data is RenderRequest {
  return (
    isRecord(data) &&
    data.type === 'render' &&
    isCount(data.jobId) &&
    isRecord(data.snapshot) &&
    isRecord(data.options) &&
    typeof data.options.now === 'string' &&
    typeof data.options.includeAttachments === 'boolean'
  );
}

/**
 * The buffers to move rather than copy to the worker: each attachment's, once (a buffer listed twice
 * makes postMessage throw). The page does not use the snapshot after posting it.
 */
export function transferList(snapshot: PortfolioSnapshot): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of snapshot.attachments) {
    if (a.bytes.buffer instanceof ArrayBuffer && a.bytes.buffer.byteLength > 0) buffers.add(a.bytes.buffer);
  }
  return [...buffers];
}

/** The words under the progress bar; the renderer counts evidence items laid out so far. */
export function progressLabel(done: number, total: number): string {
  if (total === 0) return 'Preparing the PDF…';
  if (done >= total) return 'Finishing the PDF…';
  return `Rendering evidence ${done + 1} of ${total}`;
}
