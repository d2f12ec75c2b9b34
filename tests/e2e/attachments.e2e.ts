import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/app/content-security-policy';
import { hostileFolio, hostileSnapshot } from '../fixtures/hostile-folio';
import { idFromLink } from './support/app-paths';
import { expectNoAxeViolations } from './support/axe';
import { DashboardPage } from './support/pages/dashboard-page';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { makePng } from './support/png';
import { describe, expect, test } from './support/test';

const basics = { title: 'Photo of the till receipt', kind: 'Other document', date: '2026-10-14', customers: 'External customers' };

/**
 * What a browser does with a `blob:` URL opened in a new tab, as a person might: a Blob typed
 * application/octet-stream is downloaded, never rendered, so nothing in it can run as the app.
 * (The page itself cannot fetch the URL to read its type: the policy's `connect-src 'self'` forbids it.)
 */
async function openedInNewTab(page: Page, href: string): Promise<'downloaded' | 'rendered'> {
  const tab = await page.context().newPage();
  try {
    const outcome = await Promise.race([
      tab.waitForEvent('download').then(() => 'downloaded' as const),
      tab.goto(href).then(() => 'rendered' as const, () => new Promise<never>(() => undefined)),
    ]);
    return outcome;
  } finally {
    await tab.close();
  }
}

describe('attachments never reach the browser with an active type', () => {
  test('the built page carries its Content-Security-Policy, and the suite sees a violation', async ({ page, cspViolations }) => {
    await new HomePage(page).goto();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(contentSecurityPolicy);
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'none'");

    // An inline script is blocked, and the fixture's console check records it.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return 'inlineRan' in window || '__inlineRan' in window;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join('\n')).toMatch(/inline script/i);
    // Provoked on purpose: clear it so the fixture's end-of-test check stays for real violations.
    cspViolations.length = 0;
  });

  test('a photo downloads as application/octet-stream under its name; its preview is a checked image', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.createPortfolio();
    const editor = new EvidenceEditorPage(page, portfolioId);
    await editor.gotoNew();
    await editor.fillBasics(basics);
    await editor.field('What the document is and shows').fill('The receipt the customer brought back.');
    await editor.attach({ name: 'receipt.png', mimeType: 'image/png', buffer: makePng(40, 30) });
    await expect.poll(() => editor.attachedNames()).toEqual(['receipt.png']);
    await editor.save();
    await page.getByText(`Saved E001: ${basics.title}`).waitFor();
    const evidenceId = await idFromLink(page, /\/evidence\/(?!new(?:$|\?))([^/?#]+)$/);
    await editor.goto(evidenceId);

    const link = editor.downloadLink('receipt.png');
    await expect(link.getAttribute('download')).resolves.toBe('receipt.png');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^blob:/);
    await expect(link.getAttribute('type')).resolves.toBe('application/octet-stream');
    await expect(openedInNewTab(page, href)).resolves.toBe('downloaded');

    await expect(editor.previewShows('receipt.png')).resolves.toEqual({ width: 40, height: 30 });
    const src = (await editor.preview('receipt.png').getAttribute('src')) ?? '';
    expect(src).not.toBe(href);
    // The control: the same bytes typed as an image are rendered, so the check above can tell.
    await expect(openedInNewTab(page, src)).resolves.toBe('rendered');
  });

  test('the editor refuses a web page renamed photo.png, saying why, and adds nothing', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const portfolioId = await home.createPortfolio();
    const editor = new EvidenceEditorPage(page, portfolioId);
    await editor.gotoNew();
    await editor.attach({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><script>indexedDB.databases()</script>') });
    await expect(editor.attachmentRefusal.innerText()).resolves.toContain('photo.png is really a web page (HTML), whatever its name says');
    await expect(editor.attachedNames()).resolves.toEqual([]);
    await expectNoAxeViolations(page, 'the evidence editor refusing a web page named photo.png');
  });

  test('an import lists the refused attachments and brings in the rest only when asked', async ({ page }) => {
    const { snapshot } = await hostileSnapshot();
    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.choose({ name: 'from-a-stranger.folio', mimeType: 'application/octet-stream', buffer: Buffer.from(await hostileFolio()) });
    const refused = importPage.refusedAttachments;
    await refused.waitFor();
    await expect(refused.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^till-receipt-photo-from-the-front-desk-on-a-bus…-morning\.png \(on E\d{3}\): .*really a web page/),
      expect.stringMatching(/^logo\.svg \(on E\d{3}\): logo\.svg is an SVG drawing/),
    ]);
    await expectNoAxeViolations(page, 'the import page listing refused attachments');
    await importPage.ready.getByRole('button', { name: 'Import without these 2 attachments' }).click();

    const dashboard = new DashboardPage(page, snapshot.portfolio.id);
    await page.waitForURL((url) => url.pathname === `/p/${snapshot.portfolio.id}`);
    await expect.poll(() => dashboard.evidencedFigure()).toMatch(/ of 21$/);
    // The kept photos came in with a checked type; neither refused file did.
    const first = snapshot.evidence.find((e) => e.id === snapshot.attachments[0]?.evidenceId);
    const editor = new EvidenceEditorPage(page, snapshot.portfolio.id);
    await editor.goto(first?.id ?? '');
    const names = await editor.attachedNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => n.endsWith('.svg') || n.startsWith('till-receipt'))).toBe(false);
    const href = (await editor.downloadLink(names[0] ?? '').getAttribute('href')) ?? '';
    await expect(openedInNewTab(page, href)).resolves.toBe('downloaded');
  });
});
