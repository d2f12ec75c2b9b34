import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { launchChromium } from './browser';

export const artifactsDir = resolve(import.meta.dirname, '../../../.e2e-artifacts');

/** What a person sees: a desktop-sized window unless a test says otherwise. */
export const desktop = { width: 1280, height: 900 } as const;

export interface E2eFixtures {
  baseURL: string;
  browser: Browser;
  /** A fresh browser profile: its own, empty IndexedDB. */
  context: BrowserContext;
  page: Page;
  /** Another fresh profile in the same test, e.g. the device a `.folio` file is carried to. */
  newProfile: () => Promise<Page>;
  /**
   * The CSP violations the first profile's page has logged so far. Any left at the end fail the test;
   * a test that provokes one on purpose (to prove the check sees it) empties this itself.
   */
  cspViolations: string[];
}

function fileSafe(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 120);
}

/** Keeps what the page showed when its test failed, in .e2e-artifacts/. */
async function screenshotOnFailure(page: Page, task: { name: string; file: { name: string }; result?: { state?: string } }, suffix = ''): Promise<void> {
  if (task.result?.state !== 'fail') return;
  await mkdir(artifactsDir, { recursive: true });
  const shot = resolve(artifactsDir, `${fileSafe(task.file.name)}--${fileSafe(task.name)}${suffix}.png`);
  await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
  console.error(`Screenshot of the failed test: ${shot}`);
}

/** Chromium's console words for something the page's Content-Security-Policy blocked. */
const cspViolation = /Content Security Policy|Refused to (?:load|execute|apply|evaluate|connect|create|frame|run|compile|send)/i;

async function openProfile(browser: Browser, baseURL: string, pageErrors: string[], cspViolations: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true, viewport: desktop, locale: 'en-GB', timezoneId: 'Europe/London' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (cspViolation.test(message.text())) cspViolations.push(`${message.type()}: ${message.text()}`);
  });
  return { context, page };
}

/** Fails the test when the app broke its own Content-Security-Policy, like an uncaught error does. */
function checkCsp(cspViolations: readonly string[], whose: string): void {
  if (cspViolations.length > 0) throw new Error(`${whose} reported Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
}

export const test = base.extend<E2eFixtures>({
  // Vitest reads a fixture's dependencies from its destructuring pattern, hence the empty `{}`;
  // the second argument is named `provide`, not `use`, so it is not mistaken for React's hook.
  baseURL: async ({}, provide) => {
    await provide(inject('baseURL'));
  },
  browser: [
    async ({}, provide) => {
      const browser = await launchChromium();
      try {
        await provide(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  cspViolations: async ({}, provide) => {
    await provide([]);
  },
  context: async ({ browser, baseURL, task, cspViolations }, provide) => {
    const pageErrors: string[] = [];
    const { context, page } = await openProfile(browser, baseURL, pageErrors, cspViolations);
    try {
      await provide(context);
    } finally {
      await screenshotOnFailure(page, task);
      await context.close();
    }
    // An uncaught exception in the app is a bug even when the screen still looks right.
    if (pageErrors.length > 0) throw new Error(`The page threw uncaught errors:\n${pageErrors.join('\n')}`);
    checkCsp(cspViolations, 'The page');
  },
  page: async ({ context }, provide) => {
    const [page] = context.pages();
    if (!page) throw new Error('The browser context has no page.');
    await provide(page);
  },
  newProfile: async ({ browser, baseURL, task }, provide) => {
    const opened: BrowserContext[] = [];
    const pageErrors: string[] = [];
    const cspViolations: string[] = [];
    try {
      await provide(async () => {
        const { context, page } = await openProfile(browser, baseURL, pageErrors, cspViolations);
        opened.push(context);
        return page;
      });
    } finally {
      for (const [i, c] of opened.entries()) {
        const [page] = c.pages();
        if (page) await screenshotOnFailure(page, task, `--profile-${i + 2}`);
      }
      await Promise.all(opened.map((c) => c.close()));
    }
    if (pageErrors.length > 0) throw new Error(`The second profile's page threw uncaught errors:\n${pageErrors.join('\n')}`);
    checkCsp(cspViolations, "The second profile's page");
  },
});

export { describe, expect } from 'vitest';
