import { countPdfPages } from './pdf-page-count';
import type { RenderRequest, WorkerReply } from './pdf-protocol';

/** Turns a request into PDF bytes, reporting progress as it goes. */
export type RenderFn = (request: RenderRequest, onProgress: (done: number, total: number) => void) => Promise<Uint8Array>;
export type PostReply = (reply: WorkerReply, transfer: Transferable[]) => void;

function describeFailure(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `The PDF could not be made: ${detail.replace(/\.$/, '')}. Nothing was saved.`;
}

/**
 * The worker's side of one export: render, then send the bytes back (moved, not copied), or say
 * what went wrong. Every reply carries the request's job id.
 */
export async function handleRenderRequest(request: RenderRequest, render: RenderFn, post: PostReply): Promise<void> {
  const { jobId } = request;
  try {
    const bytes = await render(request, (done, total) => post({ type: 'progress', jobId, done, total }, []));
    const pages = countPdfPages(bytes);
    post({ type: 'done', jobId, bytes, pages }, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
  } catch (e) {
    post({ type: 'error', jobId, message: describeFailure(e) }, []);
  }
}
