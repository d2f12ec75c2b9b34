import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

function describeViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
  return `  ${v.id} [${v.impact ?? 'unknown'}]: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
}

/** Runs every axe-core rule on the page as it is now, and fails with a readable list. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  if (results.violations.length === 0) return;
  const list = results.violations.map(describeViolation).join('\n');
  throw new Error(`axe-core found ${results.violations.length} kind(s) of violation on ${where} (${page.url()}):\n${list}`);
}

/** True when the page itself scrolls sideways; a region that scrolls inside itself does not count. */
export async function pageScrollsHorizontally(page: Page): Promise<{ scrolls: boolean; scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrolls: el.scrollWidth > el.clientWidth, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
}
