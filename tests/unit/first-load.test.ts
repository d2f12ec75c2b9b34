import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeFirstLoad, FIRST_LOAD_BUDGET, firstLoadFiles, measureFirstLoad, type Manifest } from '../../src/cli/lib/first-load';

// The shape Vite writes: the page's entry, chunks it imports, and screens it imports dynamically.
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_dexie.js'], dynamicImports: ['src/features/evidence/index.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_dexie.js': { file: 'assets/dexie.js', imports: ['_react.js'] },
  'src/features/evidence/index.tsx': { file: 'assets/evidence.js', imports: ['_forms.js', '_dexie.js'], dynamicImports: [] },
  '_forms.js': { file: 'assets/forms.js' },
  '_style.css': { file: 'assets/index.css' },
};

describe('first-load JavaScript', () => {
  it('is the entry and its static imports, each once, never what loads by dynamic import', () => {
    expect(firstLoadFiles(manifest)).toEqual(['assets/index.js', 'assets/react.js', 'assets/dexie.js']);
  });

  it('follows static imports through any depth', () => {
    const deep: Manifest = { ...manifest, '_react.js': { file: 'assets/react.js', imports: ['_scheduler.js'] }, '_scheduler.js': { file: 'assets/scheduler.js' } };
    expect(firstLoadFiles(deep)).toContain('assets/scheduler.js');
  });

  it('sums the gzip sizes of exactly those chunks', () => {
    const content: Record<string, Uint8Array> = {
      'assets/index.js': new TextEncoder().encode('console.log("entry");'.repeat(50)),
      'assets/react.js': new TextEncoder().encode('export const react = 1;'),
      'assets/dexie.js': new Uint8Array(2000).map((_, i) => (i * 7919) % 251),
    };
    const read = (file: string) => {
      const bytes = content[file];
      if (!bytes) throw new Error(`read ${file}, which is not on the first load`);
      return bytes;
    };
    const load = measureFirstLoad(manifest, read);
    const expected = Object.values(content).reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
    expect(load.gzip).toBe(expected);
    expect(load.bytes).toBe(Object.values(content).reduce((n, c) => n + c.length, 0));
    expect(load.chunks.map((c) => c.file)).toEqual(['assets/index.js', 'assets/react.js', 'assets/dexie.js']);
  });

  it('says when the manifest has no entry or a missing chunk', () => {
    expect(() => firstLoadFiles({ '_react.js': { file: 'assets/react.js' } })).toThrow(/no entry index\.html.*build\.manifest/);
    expect(() => firstLoadFiles({ 'index.html': { file: 'a.js', isEntry: true, imports: ['_gone.js'] } })).toThrow(/_gone\.js/);
  });

  it('passes at the budget of 150 KB (153,600 bytes) and fails one byte over', () => {
    expect(FIRST_LOAD_BUDGET).toBe(153_600);
    const at = (gzip: number) => describeFirstLoad({ chunks: [{ file: 'assets/index.js', bytes: gzip * 3, gzip }], bytes: gzip * 3, gzip });
    expect(at(153_600)).toMatch(/^PASS {2}first-load JavaScript: 150\.0 KB gzip \(153,600 bytes\) of a 150\.0 KB budget/);
    expect(at(153_601)).toMatch(/^FAIL /);
  });
});
