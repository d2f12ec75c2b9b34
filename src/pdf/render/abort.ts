import { nextFrame } from '../../platform/next-frame';

/** Cancelling an export rejects with an AbortError, whatever reason the caller aborted with. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The PDF export was cancelled.', 'AbortError');
}

const YIELD_EVERY_MS = 40;

/**
 * Lets the event loop run now and then during a long render, so a cancel message (and anything
 * else queued on a worker's or the page's thread) is handled promptly.
 */
export function makeYielder(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < YIELD_EVERY_MS) return;
    await nextFrame();
    last = performance.now();
  };
}
