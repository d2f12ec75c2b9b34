import { expect, test } from './support/test';

// The harness itself: the production build is served by Vite's preview server (as `npm start` serves it),
// and each test gets a browser profile of its own.
test('serves the app at a deep link and reloads there', async ({ page }) => {
  const response = await page.goto('/p/no-such-portfolio/evidence');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.title()).resolves.toMatch(/Folio$/);
  await page.reload();
  await expect(page.title()).resolves.toMatch(/Folio$/);
});

test('serves the build as `npm start` does: scripts as JavaScript with Vary: Origin, never a missing file as a script', async ({ page, baseURL }) => {
  await page.goto('/');
  const src = await page.locator('script[type="module"]').first().getAttribute('src');
  expect(src).toMatch(/\.js$/);
  // A module script is fetched with an Origin header; Vite's preview server then varies on it.
  const script = await page.request.get(new URL(src ?? '', baseURL).href, { headers: { origin: baseURL } });
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(script.headers()['vary']).toMatch(/\bOrigin\b/i);
  // Vite's preview answers an unknown address with the page itself, so an old tab's missing chunk fails to load as a script.
  const missing = await page.request.get(new URL('/assets/missing-file.js', baseURL).href);
  expect(missing.headers()['content-type']).not.toMatch(/javascript/);
});

test('gives each test a fresh, empty IndexedDB', async ({ page, newProfile }) => {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const names = async (p: typeof page) => (await p.evaluate(() => indexedDB.databases())).map((d) => d.name);
  expect(await names(page)).toContain('harness-probe');
  const other = await newProfile();
  await other.goto('/');
  expect(await names(other)).not.toContain('harness-probe');
});
