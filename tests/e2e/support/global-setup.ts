import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, servePreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build once for the whole e2e run, the way `npm start` does, and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets a developer test a build kept apart from dist/, e.g. while others rebuild it.
  const server = await servePreview(process.env.E2E_DIST ?? resolve(projectRoot, 'dist'));
  await mkdir(resolve(projectRoot, '.e2e-artifacts'), { recursive: true });
  project.provide('baseURL', server.url);
  return () => server.close();
}
