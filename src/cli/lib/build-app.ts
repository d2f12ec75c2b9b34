import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './preview-server';

/** Builds the app for production into `outDir` (replacing what is there), as `npm start` builds it. */
export function buildApp(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: projectRoot, maxBuffer: 1 << 24 },
      (error, _stdout, stderr) => (error ? fail(new Error(`The app did not build: ${stderr || error.message}`)) : done()),
    );
  });
}
