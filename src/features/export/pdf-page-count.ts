const latin1 = new TextDecoder('latin1');

/**
 * The number of pages of a PDF, read from its page tree's /Count. Several page trees may nest; the
 * root is the one with no /Parent, and holds the largest count, so the largest count is the answer.
 * Returns undefined when the bytes hold no page tree.
 */
export function countPdfPages(bytes: Uint8Array): number | undefined {
  const text = latin1.decode(bytes);
  let pages: number | undefined;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b([^]*?)>>/g)) {
    const count = /\/Count\s+(\d+)/.exec(match[1] ?? '');
    if (count) pages = Math.max(pages ?? 0, Number(count[1]));
  }
  return pages;
}
