/**
 * Resolves on a later task, so the browser paints (a progress bar, say) and handles queued messages
 * before a long synchronous step starts. A timer, not a read of the clock.
 */
export function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
