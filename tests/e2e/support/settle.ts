import type { Page } from 'playwright-core';

/**
 * Waits until a screen has drawn its data: its h1 is there and no "Loading…" status is left.
 * Live queries answer a moment after the first paint, so checks made before that would test a
 * page no one ever looks at for long.
 */
export async function waitForScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => /^\s*(Loading|Counting)\b/.test(el.textContent ?? '')));
}
