/**
 * The browser bench harness: builds the app, serves the build as `npm start` does (Vite's preview server
 * with the project's config) on a free port of 127.0.0.1, opens it in Debian's Chromium through
 * playwright-core with the flags CI uses, runs `fn`, and cleans everything up.
 *
 * H1 owns this file (issue 9); this is the smallest version the cohort-view bench needs, with the same
 * signature, and the coordinator keeps H1's.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

export interface BenchBrowserContext {
  page: Page;
  origin: string;
}

export interface BenchBrowserOptions {
  /** A build to serve as it is; without it the app is built into a scratch folder first. */
  dist?: string;
}

const root = resolve(import.meta.dirname, '../../..');

function build(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    execFile(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, maxBuffer: 1 << 24 }, (error, _out, stderr) => {
      if (error) fail(new Error(`The build for the browser bench failed: ${stderr || error.message}`));
      else done();
    });
  });
}

export async function withBenchBrowser<T>(fn: (ctx: BenchBrowserContext) => Promise<T>, options: BenchBrowserOptions = {}): Promise<T> {
  const scratch = options.dist ? undefined : await mkdtemp(join(tmpdir(), 'folio-browser-bench-'));
  try {
    const outDir = options.dist ?? join(scratch ?? '', 'dist');
    if (!options.dist) await build(outDir);
    const server = await preview({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    try {
      const address = server.httpServer.address();
      if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address.');
      const origin = `http://127.0.0.1:${address.port}`;
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
        context.setDefaultTimeout(30_000);
        const page = await context.newPage();
        return await fn({ page, origin });
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
