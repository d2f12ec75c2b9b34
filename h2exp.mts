import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePortfolio } from './src/samples/generate';
import { encodeFolio } from './src/domain/portfolio-file';
const NOW = '2026-11-22T09:00:00.000Z';
const mode = process.argv[2];
const server = await preview({ root: process.cwd(), configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: 4199, strictPort: true } });
const ctx = await chromium.launchPersistentContext('/tmp/h2exp/profile', { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], baseURL: 'http://127.0.0.1:4199', viewport: { width: 1280, height: 900 } });
const page = ctx.pages()[0] ?? (await ctx.newPage());
if (mode === 'seed') {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'About you' });
  await form.getByRole('radio', { name: /^Tutor or internal/ }).check();
  await form.getByLabel(/^Your name/).fill('T');
  await form.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/cohort/);
  for (let i = 0; i < 200; i++) {
    const s = await generatePortfolio({ items: 20, seed: 5000 + i, now: NOW, imageEvery: 0 });
    const f = `/tmp/h2exp/l${i}.folio`;
    await writeFile(f, await encodeFolio({ ...s, portfolio: { ...s.portfolio, learnerName: s.portfolio.learnerName + ' ' + i, learnerNumber: 'B' + i } }, { appVersion: 'x', now: NOW }));
    await page.goto('/import');
    const [ch] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a .folio file' }).click()]);
    await ch.setFiles(f);
    await page.getByRole('region', { name: 'Ready to import' }).getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/p\/[^/]+$/);
  }
} else if (mode === 'phone') {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/cohort');
  await page.waitForSelector('[role=grid]');
  console.log(await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 361 && !e.closest('.cohort-scroll')).slice(0, 12).map((e) => `${e.tagName}.${e.className} L${Math.round(e.getBoundingClientRect().left)} W${Math.round(e.getBoundingClientRect().width)} ${(e.textContent ?? '').slice(0, 30)}`).join('\n')));
} else if (mode === 'shot') {
  await page.goto('/cohort?assessor=Morgan%20Ellis');
  await page.waitForSelector('[role=grid]');
  await page.screenshot({ path: '/tmp/h2exp/top.png' });
  await page.getByRole('link', { name: /, EXT-2: / }).first().focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  console.log(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')));
  await page.locator('.cohort-scroll').screenshot({ path: '/tmp/h2exp/grid.png' });
} else {
  for (let r = 0; r < 5; r++) {
    await page.goto('/cohort');
    await page.waitForFunction(() => performance.getEntriesByName('folio:cohort-grid-rendered').length > 0, undefined, { polling: 'raf' });
    console.log(await page.evaluate(() => (performance.getEntriesByName('folio:cohort-grid-rendered')[0]!.startTime - performance.getEntriesByName('folio:cohort-data-ready')[0]!.startTime).toFixed(0)));
  }
}
await ctx.close();
await server.close();
