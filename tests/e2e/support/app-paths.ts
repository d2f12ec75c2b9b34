import type { Page } from 'playwright-core';

/**
 * The id at the end of the first link on the page whose address matches, e.g. an evidence item's.
 * Lists fill from live queries a moment after the page shows, so it looks again for up to 10 s.
 */
export async function idFromLink(page: Page, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const match = pattern.exec(href);
      if (match?.[1]) return decodeURIComponent(match[1]);
    }
    if (Date.now() > until) throw new Error(`No link on ${page.url()} matches ${pattern}`);
    await page.waitForTimeout(100);
  }
}

export function portfolioIdOf(page: Page): string {
  const match = /^\/p\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`${page.url()} is not inside a portfolio.`);
  return decodeURIComponent(match[1]);
}
