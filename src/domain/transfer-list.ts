import type { PortfolioSnapshot } from './snapshot';

/**
 * The buffers to move rather than copy to or from a worker: each attachment's and print copy's, once (a
 * buffer listed twice makes postMessage throw). The page does not use them after posting.
 */
export function transferList(snapshot: Pick<PortfolioSnapshot, 'attachments'>, printCopies: readonly { bytes: Uint8Array }[] = []): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of [...snapshot.attachments, ...printCopies]) {
    if (bytes.buffer instanceof ArrayBuffer && bytes.buffer.byteLength > 0) buffers.add(bytes.buffer);
  }
  return [...buffers];
}
