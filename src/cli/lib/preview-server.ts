import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { preview } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a build with Vite's preview server and the project's own config, exactly as `npm start`
 * does (its headers, `Vary: Origin` included, and its fallback to index.html for deep links), on
 * 127.0.0.1. With no port given it takes a free one; given one (to redeploy on the same origin) it
 * insists on it.
 */
export async function servePreview(outDir: string, port?: number): Promise<RunningServer> {
  const dir = resolve(outDir);
  await access(join(dir, 'index.html')).catch(() => {
    throw new Error(`No build to serve: ${join(dir, 'index.html')} is missing. Run "vite build" first.`);
  });
  const server = await preview({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: port ?? 0, strictPort: port !== undefined, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address.');
  return { url: `http://127.0.0.1:${address.port}`, port: address.port, close: () => server.close() };
}
