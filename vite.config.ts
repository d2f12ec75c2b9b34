import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { catalogueProblems } from './src/catalogue/check.ts';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/app/content-security-policy.ts';
import { buildMetaTag, buildVersion, serviceWorkerSource, type BuildFile } from './src/app/service-worker-source.ts';

async function publicFiles(dir: string): Promise<BuildFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ name: relative(dir, path).split(sep).join('/'), content: new Uint8Array(await readFile(path)) })));
}

/**
 * Writes sw.js, which caches every file of the build so the app opens offline. Its version is a
 * hash of the content of all those files (public ones and index.html included); the page learns
 * it from a meta tag added to index.html after hashing.
 */
function offlineCache(): Plugin {
  let publicDir = '';
  return {
    name: 'folio-offline-cache',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After Vite's own HTML plugin, so index.html is in the bundle with its final script tags.
      order: 'post',
      async handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') throw new Error('folio-offline-cache: the build has no index.html.');
        const files: BuildFile[] = Object.values(bundle)
          // Source maps and Vite's manifest (read by the size check) are for tools, not the page.
          .filter((f) => !f.fileName.endsWith('.map') && !f.fileName.startsWith('.vite/'))
          .map((f) => ({ name: f.fileName, content: f.type === 'chunk' ? f.code : f.source }));
        const fromPublic = publicDir ? (await publicFiles(publicDir)).filter((f) => !(f.name in bundle)) : [];
        const all = [...files, ...fromPublic];
        const version = await buildVersion(all);
        page.source = page.source.replace('</head>', `  ${buildMetaTag(version)}\n  </head>`);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, all.map((f) => f.name)) });
      },
    },
  };
}

/**
 * The app ships the catalogue as typed data and never parses it at start-up (that would put zod in
 * the first screen's JavaScript), so the build checks it against the schema and stops on a bad one.
 */
function catalogueCheck(): Plugin {
  const file = resolve(import.meta.dirname, 'src/catalogue/customer-service-l3.json');
  return {
    name: 'folio-catalogue-check',
    apply: 'build',
    async buildStart() {
      this.addWatchFile(file);
      const problems = catalogueProblems(await readFile(file, 'utf8'));
      if (problems) this.error(`The catalogue ${relative(process.cwd(), file)} does not match its schema (src/catalogue/schema.ts); correct it and build again.\n${problems}`);
    },
  };
}

/** Puts the Content-Security-Policy right after the charset in the built page, before anything it governs. */
function securityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'folio-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the Content-Security-Policy after.`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`);
    },
  };
}

export default defineConfig({
  plugins: [catalogueCheck(), react(), offlineCache(), securityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by src/cli/check-first-load.ts, which holds the first screen's JavaScript to its budget.
    manifest: true,
    // jsPDF is one 590 kB module; it loads only inside the export worker, never at start-up.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: chunks of their own stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
            // Not needed by the first screen: these load with the screens that use them.
            { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    // Two shared cores: a property test or a first render can take several seconds when the machine is busy.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
    ],
  },
});
