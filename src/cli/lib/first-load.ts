import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { errorDetail } from '../../domain/error-detail';

/** Issue 7: the JavaScript loaded before the first screen, gzipped, may not pass 150 KB. */
export const FIRST_LOAD_BUDGET = 150 * 1024;

/** One chunk of Vite's build manifest (dist/.vite/manifest.json), as far as this check reads it. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface FirstLoad {
  chunks: ChunkSize[];
  bytes: number;
  gzip: number;
}

/**
 * The page's entry and every chunk it imports statically, directly or through another chunk: the
 * browser fetches all of them before the first screen. Dynamic imports load later and are left out.
 */
export function firstLoadFiles(manifest: Manifest, entryKey = 'index.html'): string[] {
  if (!manifest[entryKey]?.isEntry) throw new Error(`The build manifest has no entry ${entryKey}; is build.manifest on in vite.config.ts?`);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest names ${key} as an import but has no entry for it.`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entryKey);
  return files;
}

/** Gzip at level 9, as Vite's own build report measures it. */
export function gzipSize(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

export function measureFirstLoad(manifest: Manifest, read: (file: string) => Uint8Array): FirstLoad {
  const chunks = firstLoadFiles(manifest).map((file) => {
    const content = read(file);
    return { file, bytes: content.length, gzip: gzipSize(content) };
  });
  return { chunks, bytes: chunks.reduce((n, c) => n + c.bytes, 0), gzip: chunks.reduce((n, c) => n + c.gzip, 0) };
}

/** Reads a finished build in `dist` (or another folder). */
export function measureBuild(dist = 'dist'): FirstLoad {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`No build manifest in ${dist}/.vite/: run \`npx vite build\` first (${errorDetail(error)}).`);
  }
  return measureFirstLoad(manifest, (file) => new Uint8Array(readFileSync(join(dist, file))));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figure beside the budget, then each chunk, largest first. */
export function describeFirstLoad(load: FirstLoad, budget = FIRST_LOAD_BUDGET): string {
  const ok = load.gzip <= budget;
  const rows = [...load.chunks]
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => `  ${c.file.padEnd(40)} ${kb(c.gzip).padStart(9)} gzip  (${kb(c.bytes)} raw)`);
  return [
    `${ok ? 'PASS' : 'FAIL'}  first-load JavaScript: ${kb(load.gzip)} gzip (${load.gzip.toLocaleString('en-GB')} bytes) of a ${kb(budget)} budget (${budget.toLocaleString('en-GB')} bytes), ${load.chunks.length} chunk(s)`,
    ...rows,
  ].join('\n');
}
