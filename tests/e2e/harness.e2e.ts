import { expect, test } from './support/test';

// The harness itself: the production build is served with a fallback for deep links,
// and each test gets a browser profile of its own.
test('serves the app at a deep link and reloads there', async ({ page }) => {
  const response = await page.goto('/p/no-such-portfolio/evidence');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.title()).resolves.toMatch(/Folio$/);
  await page.reload();
  await expect(page.title()).resolves.toMatch(/Folio$/);
});

test('serves scripts with a JavaScript MIME type and refuses missing assets', async ({ page, baseURL }) => {
  await page.goto('/');
  const src = await page.locator('script[type="module"]').first().getAttribute('src');
  expect(src).toMatch(/\.js$/);
  const script = await page.request.get(new URL(src ?? '', baseURL).href);
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
  const missing = await page.request.get(new URL('/assets/missing-file.js', baseURL).href);
  expect(missing.status()).toBe(404);
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
