import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildApp } from './build-app';
import { launchChromium } from './chromium';
import { servePreview } from './preview-server';

export interface BenchBrowserContext {
  /** A page in a fresh profile (its own, empty IndexedDB), not yet navigated. */
  page: Page;
  /** Where the build is served, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Another page in another fresh profile, for a case that must start from an empty device. */
  newPage: () => Promise<Page>;
}

export interface BenchBrowserOptions {
  /** A build already made (by `buildApp` or `vite build`); without it the app is built into a scratch folder first. */
  outDir?: string;
}

/**
 * Runs `fn` against the production build in headless Chromium, served by Vite's preview server as
 * `npm start` serves it, with the flags the tests use; then closes the browser and the server and
 * removes the scratch build, whatever `fn` did.
 */
export async function withBenchBrowser<T>(fn: (ctx: BenchBrowserContext) => Promise<T>, options: BenchBrowserOptions = {}): Promise<T> {
  const scratch = options.outDir ? undefined : await mkdtemp(join(tmpdir(), 'folio-bench-build-'));
  try {
    const outDir = options.outDir ?? join(scratch ?? '', 'dist');
    if (!options.outDir) await buildApp(outDir);
    const server = await servePreview(outDir);
    try {
      const browser = await launchChromium();
      try {
        const newPage = async () => (await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
        return await fn({ page: await newPage(), origin: server.url, newPage });
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
