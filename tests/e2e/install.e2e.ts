import { expectNoAxeViolations, pageScrollsHorizontally } from './support/axe';
import { WhoAreYouForm, YouPage } from './support/pages/you-page';
import { describe, expect, test } from './support/test';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG.');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Folio as an app on the phone', () => {
  test('the page links a valid manifest that Chromium accepts, whose icons load at their declared sizes and are kept for offline use', { timeout: 60_000 }, async ({ page, context }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    await expect(page.locator('meta[name="theme-color"]').getAttribute('content')).resolves.toBe('#1d4f91');

    const response = await page.request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest: unknown = await response.json();
    expect(manifest).toMatchObject({
      name: 'Folio',
      short_name: 'Folio',
      description: expect.stringContaining('portfolio'),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en-GB',
      theme_color: '#1d4f91',
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const icons = (manifest as { icons: ManifestIcon[] }).icons;
    const pngs = icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(icons.some((icon) => icon.type === 'image/svg+xml' && icon.sizes === 'any')).toBe(true);
    for (const icon of pngs) {
      const file = await page.request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }

    // Chromium's own reading of the manifest: no errors, and nothing stopping an install.
    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    expect(parsed.url).toMatch(/\/manifest\.webmanifest$/);
    expect(parsed.errors).toEqual([]);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    const installability = await cdp.send('Page.getInstallabilityErrors');
    // The test's browser profile is a private one, where Chromium never installs; nothing else may stand in the way.
    expect(installability.installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

    // The offline cache holds the manifest and every icon, so an installed Folio opens with no connection.
    const missing = await page.evaluate(async (paths) => {
      const found = await Promise.all(paths.map(async (path) => ((await caches.match(new URL(path, location.origin).href, { ignoreVary: true })) ? null : path)));
      return found.filter((path) => path !== null);
    }, ['/manifest.webmanifest', ...icons.map((icon) => icon.src)]);
    expect(missing).toEqual([]);
  });

  test('“Install Folio” shows only where the browser offers it, asks the browser and says what happened', async ({ page }) => {
    await page.goto('/');
    await new WhoAreYouForm(page).answer('Learner', 'Zoë Brontë');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Folio' }).waitFor();
    const you = new YouPage(page);
    await you.goto();
    const install = page.getByRole('button', { name: 'Install Folio' });
    // Headless Chromium offers no install on its own: nothing to press.
    await expect(install.count()).resolves.toBe(0);

    // The event Chromium fires when it would install Folio, with a prompt the learner accepts.
    await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      Object.assign(offer, {
        prompt: () => {
          document.body.dataset.installPrompted = 'yes';
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' }),
      });
      window.dispatchEvent(offer);
    });
    await install.waitFor();
    await expectNoAxeViolations(page, 'the You screen with the Install Folio button');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(pageScrollsHorizontally(page)).resolves.toMatchObject({ scrolls: false });

    await install.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'Folio is installed.' });
    await status.waitFor();
    await expect(page.evaluate(() => document.body.dataset.installPrompted)).resolves.toBe('yes');
    // An offer is used once: the button goes and focus lands on what happened.
    await expect(install.count()).resolves.toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Folio is installed.');
    await expectNoAxeViolations(page, 'the You screen after installing');
  });
});
