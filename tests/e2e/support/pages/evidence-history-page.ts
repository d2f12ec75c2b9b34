import type { Locator, Page } from 'playwright-core';

/** `/p/:id/evidence/:evidenceId/history`: every saved version of one item, compared, and any conflict to settle. */
export class EvidenceHistoryPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(evidenceId: string): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/evidence/${evidenceId}/history`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: /^History of E\d+/ }).waitFor();
  }

  get versionList(): Locator {
    return this.page.getByRole('region', { name: 'Saved versions' });
  }

  async versionLines(): Promise<string[]> {
    return this.versionList.getByRole('listitem').allInnerTexts();
  }

  async view(version: number): Promise<Locator> {
    await this.versionList.getByRole('button', { name: `View version ${version}` }).click();
    const shown = this.page.getByRole('region', { name: `Version ${version}, read-only` });
    await shown.waitFor();
    return shown;
  }

  get compare(): Locator {
    return this.page.getByRole('region', { name: 'Compare two versions' });
  }

  /** The rows of the table of changes, each as [what, before, after]. */
  async changes(): Promise<string[][]> {
    const rows = await this.compare.getByRole('table').getByRole('row').all();
    const cells: string[][] = [];
    // The first row holds the column headings.
    for (const row of rows.slice(1)) cells.push((await row.locator('th, td').allInnerTexts()).map((t) => t.trim()));
    return cells;
  }

  conflict(heading: 'Edited on two devices' | 'Edited after it was deleted'): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }
}
