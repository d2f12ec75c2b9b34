import { describe, expect, it } from 'vitest';
import { buildMetaTag, buildVersion, serviceWorkerSource, type BuildFile } from '../../src/app/service-worker-source';

const files: BuildFile[] = [
  { name: 'index.html', content: '<html><script src="/assets/index-1.js"></script></html>' },
  { name: 'assets/index-1.js', content: 'console.log(1)' },
  { name: 'favicon.svg', content: new Uint8Array([60, 115, 118, 103, 62]) },
];

const withContent = (name: string, content: BuildFile['content']) => files.map((f) => (f.name === name ? { name, content } : f));

describe('the build version', () => {
  it('is the same for the same files in any order', async () => {
    await expect(buildVersion([...files].reverse())).resolves.toBe(await buildVersion(files));
  });

  it('changes when any one file changes its content, with the same file list', async () => {
    const version = await buildVersion(files);
    await expect(buildVersion(withContent('index.html', '<html><title>B</title></html>'))).resolves.not.toBe(version);
    await expect(buildVersion(withContent('favicon.svg', new Uint8Array([60, 115, 118, 103, 32, 62])))).resolves.not.toBe(version);
    await expect(buildVersion(withContent('assets/index-1.js', 'console.log(2)'))).resolves.not.toBe(version);
  });

  it('changes when bytes move from one file to the next', async () => {
    const a = [
      { name: 'a.js', content: 'ab' },
      { name: 'b.js', content: 'c' },
    ];
    const b = [
      { name: 'a.js', content: 'a' },
      { name: 'b.js', content: 'bc' },
    ];
    await expect(buildVersion(a)).resolves.not.toBe(await buildVersion(b));
  });

  it('is written into index.html as a meta tag the page reads', () => {
    expect(buildMetaTag('0123abcd')).toBe('<meta name="folio-build" content="0123abcd" />');
  });
});

// ---------------------------------------------------------------------------------------------
// The generated worker run against a small stand-in for the browser's service worker globals.
// The cache honours Vary the way the Cache API does, so a lookup that depends on it fails here.

interface Entry {
  url: string;
  requestHeaders: Headers;
  response: Response;
}

class FakeCache {
  readonly entries: Entry[] = [];
  async put(request: string | Request, response: Response) {
    const req = typeof request === 'string' ? new Request(request) : request;
    this.entries.push({ url: req.url, requestHeaders: req.headers, response });
  }
  async match(request: string | Request, options: { ignoreVary?: boolean; ignoreSearch?: boolean } = {}) {
    const req = typeof request === 'string' ? new Request(request) : request;
    const strip = (url: string) => (options.ignoreSearch ? url.replace(/\?.*$/, '') : url);
    const hit = this.entries.find((e) => {
      if (strip(e.url) !== strip(req.url)) return false;
      if (options.ignoreVary) return true;
      const vary = (e.response.headers.get('vary') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
      return vary.every((h) => h !== '*' && e.requestHeaders.get(h) === req.headers.get(h));
    });
    return hit?.response.clone();
  }
}

class FakeCaches {
  readonly stores = new Map<string, FakeCache>();
  async open(name: string) {
    let cache = this.stores.get(name);
    if (!cache) {
      cache = new FakeCache();
      this.stores.set(name, cache);
    }
    return cache;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

type Listener = (event: Record<string, unknown>) => void;

interface Tab {
  build: string | undefined;
}

/** Loads the worker text as a worker would, against a server that answers every file with `Vary: Origin`. */
function loadWorker(source: string, server: Record<string, string> | 'offline', tabs: Tab[] = [], cachesStore = new FakeCaches()) {
  const listeners = new Map<string, Listener>();
  const log = { skipWaiting: 0, fetched: [] as string[] };
  const origin = 'http://127.0.0.1:4173';
  const fetchFn = async (input: Request | string) => {
    const url = new URL(typeof input === 'string' ? input : input.url, origin);
    log.fetched.push(url.pathname);
    if (server === 'offline') throw new TypeError('Failed to fetch');
    const body = server[url.pathname];
    if (body === undefined) return new Response('Not found', { status: 404 });
    return new Response(body, { headers: { 'content-type': 'text/javascript', vary: 'Origin' } });
  };
  const self = {
    location: new URL(origin),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: () => {
      log.skipWaiting += 1;
      return Promise.resolve();
    },
    clients: {
      claim: () => Promise.resolve(),
      matchAll: async () =>
        tabs.map((tab) => ({
          postMessage: (_message: unknown, [port]: MessagePort[]) => {
            if (tab.build !== undefined) port?.postMessage({ build: tab.build });
          },
        })),
    },
    registration: { installing: null, waiting: null },
  };
  const Req = class extends Request {
    constructor(input: string | Request, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, origin).href : input, init);
    }
  };
  new Function('self', 'caches', 'fetch', 'Request', 'setTimeout', source)(self, cachesStore, fetchFn, Req, (fn: () => void) => setTimeout(fn, 50));

  async function dispatch(type: string, event: Record<string, unknown>): Promise<void> {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  }
  async function request(path: string, init: { headers?: Record<string, string>; mode?: 'navigate' } = {}): Promise<Response | undefined> {
    let answer: Promise<Response> | undefined;
    const url = new URL(path, origin).href;
    // A Request cannot be built with mode 'navigate' outside a browser: the worker reads only these fields.
    const req = init.mode === 'navigate' ? { method: 'GET', url, mode: 'navigate', headers: new Headers() } : new Request(url, { headers: init.headers });
    const event = { request: req, respondWith: (r: Promise<Response>) => (answer = r) };
    listeners.get('fetch')?.(event);
    return answer;
  }
  return { caches: cachesStore, log, dispatch, request };
}

const server = {
  '/index.html': '<html>A</html>',
  '/assets/index-a.js': 'run A',
  '/assets/pdf-a.js': 'pdf A',
};

describe('the offline cache worker', () => {
  it('caches each file of the build once, in a cache named after the build version', async () => {
    const source = serviceWorkerSource('aaaa', ['assets/index-a.js', 'index.html', 'assets/index-a.js']);
    const worker = loadWorker(source, server);
    await worker.dispatch('install', {});
    expect([...worker.caches.stores.keys()]).toEqual(['folio-aaaa']);
    expect(worker.log.fetched.sort()).toEqual(['/assets/index-a.js', '/index.html']);
  });

  it('installs and then waits: it takes over only when a page says so', async () => {
    const worker = loadWorker(serviceWorkerSource('aaaa', ['index.html']), server);
    await worker.dispatch('install', {});
    await worker.dispatch('activate', {});
    expect(worker.log.skipWaiting).toBe(0);
    await worker.dispatch('message', { data: { type: 'SKIP_WAITING' } });
    expect(worker.log.skipWaiting).toBe(1);
  });

  it('answers a module script asked for with an Origin header and a query from the cache, though the server sent Vary: Origin', async () => {
    const worker = loadWorker(serviceWorkerSource('aaaa', ['assets/index-a.js', 'index.html']), server);
    await worker.dispatch('install', {});
    worker.log.fetched.length = 0;
    const response = await worker.request('/assets/index-a.js?v=1', { headers: { origin: 'http://127.0.0.1:4173' } });
    await expect(response?.text()).resolves.toBe('run A');
    expect(worker.log.fetched).toEqual([]);
  });

  it('opens any address of the app from the cached page when the network is gone', async () => {
    const online = loadWorker(serviceWorkerSource('aaaa', ['index.html']), server);
    await online.dispatch('install', {});
    const offline = loadWorker(serviceWorkerSource('aaaa', ['index.html']), 'offline', [], online.caches);
    const response = await offline.request('/p/123/coverage', { mode: 'navigate' });
    await expect(response?.text()).resolves.toBe('<html>A</html>');
  });

  it('serves a tab of the previous build its files from that build’s cache after the new worker takes over', async () => {
    const stores = new FakeCaches();
    const a = loadWorker(serviceWorkerSource('aaaa', ['assets/pdf-a.js', 'index.html']), server, [], stores);
    await a.dispatch('install', {});
    const serverB = { '/index.html': '<html>B</html>', '/assets/pdf-b.js': 'pdf B' };
    const tabs: Tab[] = [{ build: 'aaaa' }];
    const b = loadWorker(serviceWorkerSource('bbbb', ['assets/pdf-b.js', 'index.html']), serverB, tabs, stores);
    await b.dispatch('install', {});
    await b.dispatch('activate', {});
    // The tab of build A is still open: its cache stays, and B's worker answers from it.
    expect([...stores.stores.keys()].sort()).toEqual(['folio-aaaa', 'folio-bbbb']);
    await expect((await b.request('/assets/pdf-a.js'))?.text()).resolves.toBe('pdf A');
    await expect((await b.request('/index.html'))?.text()).resolves.toBe('<html>B</html>');

    // The tab reloads into B and says so: nothing runs A any more, so A's cache goes.
    tabs[0] = { build: 'bbbb' };
    await b.dispatch('message', { data: { type: 'FOLIO_BUILD_STARTED' } });
    expect([...stores.stores.keys()]).toEqual(['folio-bbbb']);
  });

  it('keeps every cache while a tab does not say which build it runs', async () => {
    const stores = new FakeCaches();
    await loadWorker(serviceWorkerSource('aaaa', ['index.html']), server, [], stores).dispatch('install', {});
    const b = loadWorker(serviceWorkerSource('bbbb', ['index.html']), server, [{ build: undefined }], stores);
    await b.dispatch('install', {});
    await b.dispatch('activate', {});
    expect([...stores.stores.keys()].sort()).toEqual(['folio-aaaa', 'folio-bbbb']);
  });
});
