import type { Locator, Page } from 'playwright-core';

/** `/p/:id/coverage`: the matrix of evidence items × marking points. */
export class CoveragePage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/coverage`);
    await this.page.getByRole('heading', { name: 'Coverage matrix', level: 1 }).waitFor();
    // The heading comes first; the grid once the portfolio and its signature checks are read.
    await this.grid.waitFor();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: /^Coverage matrix/ });
  }

  /** Whether the cell says, in words, that the item is mapped to the marking point. */
  async isMapped(ref: string, pointId: string): Promise<boolean> {
    const on = this.grid.getByRole('gridcell', { name: `${ref} mapped to ${pointId}`, exact: true });
    const off = this.grid.getByRole('gridcell', { name: `${ref} not mapped to ${pointId}`, exact: true });
    await on.or(off).waitFor();
    return (await on.count()) === 1;
  }

  /** Ids of the marking point columns headed as having no evidence. */
  async gapColumns(): Promise<string[]> {
    const headers = await this.grid.getByRole('columnheader').filter({ hasText: 'No evidence' }).allInnerTexts();
    return headers.map((h) => /[A-Z]{3}-\d+/.exec(h)?.[0] ?? h);
  }

  /** What a screen reader would hear for the focused element, e.g. "E002 mapped to REL-2". */
  async focusedText(): Promise<string> {
    return this.page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  async focusIsInGrid(): Promise<boolean> {
    return this.grid.evaluate((grid) => grid.contains(document.activeElement));
  }

  /** Tabs through the page, as a keyboard user would, until focus enters the grid. */
  async tabIntoGrid(maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.focusIsInGrid()) return;
    }
    throw new Error(`Focus did not reach the coverage grid after ${maxPresses} presses of Tab.`);
  }

  /** How many elements inside the grid are in the tab order: a grid is one tab stop. */
  async tabStops(): Promise<number> {
    return this.grid.locator('[tabindex="0"]').count();
  }
}
