import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PdfOptions, PrintCopy } from '../../pdf';

/** What the page asks of the PDF worker: one portfolio, rendered with these options. */
export interface RenderRequest {
  type: 'render';
  /** Tells one export's messages from an earlier one's on the same worker. */
  jobId: number;
  snapshot: PortfolioSnapshot;
  options: PdfOptions;
  /** Print copies the page already keeps for this portfolio's photos, so they are not scaled again. */
  printCopies?: PrintCopy[];
}

export type WorkerReply =
  | { type: 'progress'; jobId: number; done: number; total: number }
  /** `printCopies`: the copies made during this export, for the page to keep. */
  | { type: 'done'; jobId: number; bytes: Uint8Array; pages: number | undefined; printCopies?: PrintCopy[] }
  | { type: 'error'; jobId: number; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
// Not `instanceof`: bytes made in another realm (a test environment's, say) fail it yet are bytes.
const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]';

const isPrintCopy = (v: unknown): v is PrintCopy =>
  isRecord(v) &&
  typeof v.key === 'string' &&
  typeof v.sha256 === 'string' &&
  isBytes(v.bytes) &&
  isCount(v.width) &&
  isCount(v.height) &&
  (v.format === 'jpeg' || v.format === 'png');
const arePrintCopies = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(isPrintCopy));

/** Messages cross a thread boundary untyped: check their shape before trusting them. */
export function isWorkerReply(data: unknown): data is WorkerReply {
  if (!isRecord(data) || !isCount(data.jobId)) return false;
  switch (data.type) {
    case 'progress':
      return isCount(data.done) && isCount(data.total);
    case 'done':
      return isBytes(data.bytes) && (data.pages === undefined || isCount(data.pages)) && arePrintCopies(data.printCopies);
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
    typeof data.options.includeAttachments === 'boolean' &&
    arePrintCopies(data.printCopies)
  );
}

// Shared with the import checker (src/ui/folio-check), which moves a decoded file's attachments back.
export { transferList } from '../../domain/transfer-list';

/** The words under the progress bar; the renderer counts evidence items laid out so far. */
export function progressLabel(done: number, total: number): string {
  if (total === 0) return 'Preparing the PDF…';
  if (done >= total) return 'Finishing the PDF…';
  return `Rendering evidence ${done + 1} of ${total}`;
}
