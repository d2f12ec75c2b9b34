import type { PrintCopy } from '../../pdf';
import { countPdfPages } from './pdf-page-count';
import type { RenderRequest, WorkerReply } from './pdf-protocol';
import { errorDetail } from '../../domain/error-detail';

/**
 * Turns a request into PDF bytes, reporting progress as it goes, and handing each print copy it
 * makes to `keepCopy` (they go back to the page, which stores them).
 */
export type RenderFn = (
  request: RenderRequest,
  onProgress: (done: number, total: number) => void,
  keepCopy: (copy: PrintCopy) => void,
) => Promise<Uint8Array>;
export type PostReply = (reply: WorkerReply, transfer: Transferable[]) => void;

function describeFailure(e: unknown): string {
  const detail = errorDetail(e);
  return `The PDF could not be made: ${detail.replace(/\.$/, '')}. Nothing was saved.`;
}

/**
 * The worker's side of one export: render, then send the bytes back (moved, not copied), or say
 * what went wrong. Every reply carries the request's job id.
 */
export async function handleRenderRequest(request: RenderRequest, render: RenderFn, post: PostReply): Promise<void> {
  const { jobId } = request;
  try {
    const printCopies: PrintCopy[] = [];
    const bytes = await render(
      request,
      (done, total) => post({ type: 'progress', jobId, done, total }, []),
      (copy) => printCopies.push(copy),
    );
    const pages = countPdfPages(bytes);
    // Copied, not moved: a copy's buffer may be shared with something the worker still holds.
    post({ type: 'done', jobId, bytes, pages, printCopies }, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
  } catch (e) {
    post({ type: 'error', jobId, message: describeFailure(e) }, []);
  }
}
