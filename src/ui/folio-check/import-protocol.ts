import type { DecodeLimits, DecodeResult } from '../../domain/portfolio-file';
import { transferList } from '../../domain/transfer-list';
import { formatMegabytes } from '../../domain/byte-sizes';

/** What the Import page asks of the import worker: check these bytes within these limits. */
export interface DecodeRequest {
  type: 'decode';
  jobId: number;
  bytes: Uint8Array;
  limits: DecodeLimits;
}

export type ImportReply =
  /** `done` bytes unpacked of the `total` the zip declares. */
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'done'; jobId: number; result: DecodeResult }
  | { type: 'error'; jobId: number; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
// Not `instanceof`: bytes made in another realm (a test environment's, say) fail it yet are bytes.
const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]';

const LIMIT_KEYS = ['maxBytes', 'maxUnzippedBytes', 'maxDataBytes', 'maxManifestBytes', 'maxAttachmentBytes', 'maxEntries'] as const;

function isLimits(v: unknown): v is DecodeLimits {
  return isRecord(v) && LIMIT_KEYS.every((key) => v[key] === undefined || isCount(v[key]));
}

/** The decoded result was made by our own worker; its shape is checked only as far as the page relies on it. */
function isDecodeResult(v: unknown): v is DecodeResult {
  if (!isRecord(v)) return false;
  if (v.ok === true) return isRecord(v.snapshot) && isRecord(v.manifest) && Array.isArray(v.refusedAttachments);
  return v.ok === false && isRecord(v.error) && typeof v.error.code === 'string' && typeof v.error.message === 'string';
}

export function isDecodeRequest(data: unknown): data is DecodeRequest {
  return isRecord(data) && data.type === 'decode' && isCount(data.jobId) && isBytes(data.bytes) && isLimits(data.limits);
}

/** Messages cross a thread boundary untyped: check their shape before trusting them. */
export function isImportReply(data: unknown): data is ImportReply {
  if (!isRecord(data) || !isCount(data.jobId)) return false;
  switch (data.type) {
    case 'progress':
      return isCount(data.done) && isCount(data.total);
    case 'done':
      return isDecodeResult(data.result);
    case 'error':
      return typeof data.message === 'string';
    default:
      return false;
  }
}

/** The attachment buffers of a decoded portfolio, to move back to the page rather than copy. */
export function resultTransferList(result: DecodeResult): ArrayBuffer[] {
  return result.ok ? transferList(result.snapshot) : [];
}

/** The words beside the progress bar while a file is checked. */
export function checkingLabel(fileName: string, done: number, total: number): string {
  if (total === 0 || done === 0) return `Checking ${fileName}…`;
  return `Checking ${fileName}: ${formatMegabytes(done)} of ${formatMegabytes(total)} unpacked`;
}
