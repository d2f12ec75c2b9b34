import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../src/app/service-worker-source';

const cacheName = (source: string) => /const CACHE = '(folio-[0-9a-f]{8})'/.exec(source)?.[1];
const fileList = (source: string): unknown => JSON.parse(/const FILES = (\[.*\]);/.exec(source)?.[1] ?? 'null');

describe('the offline cache worker', () => {
  it('caches the page and every file of the build, once each', () => {
    const source = serviceWorkerSource(['assets/index-1.js', 'index.html', 'assets/index-1.js']);
    expect(fileList(source)).toEqual(['/', '/assets/index-1.js', '/index.html']);
  });

  it('names its cache after the build, so a new build replaces the old cache', () => {
    const a = cacheName(serviceWorkerSource(['assets/index-1.js']));
    const b = cacheName(serviceWorkerSource(['assets/index-2.js']));
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(cacheName(serviceWorkerSource(['assets/index-1.js']))).toBe(a);
  });
});
