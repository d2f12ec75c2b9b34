import type { Locator, Page } from 'playwright-core';
import { squash } from '../field';

/** `/p/:id`: overall progress, progress per unit, gaps, recent evidence. */
export class DashboardPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}`);
    await this.overall.waitFor();
  }

  get overall(): Locator {
    return this.page.getByRole('region', { name: 'Overall progress' });
  }

  /** "3 of 21", as the overall figure reads. */
  async evidencedFigure(): Promise<string> {
    const text = squash(await this.overall.innerText());
    const match = /(\d+) of (\d+) marking points evidenced/.exec(text);
    if (!match) throw new Error(`The overall progress does not say how many marking points are evidenced: "${text}"`);
    return `${match[1]} of ${match[2]}`;
  }

  get gaps(): Locator {
    return this.page.getByRole('region', { name: /^Gaps/ });
  }

  /** Ids of the marking points listed as gaps, e.g. ["PRN-2", "IMP-4"]. */
  async gapIds(): Promise<string[]> {
    return this.gaps.getByRole('link', { name: /^[A-Z]{3}-\d+$/ }).allInnerTexts();
  }

  unitProgress(unitNumber: number): Locator {
    return this.page.getByRole('meter', { name: `Unit ${unitNumber} marking points evidenced` });
  }

  get recentEvidence(): Locator {
    return this.page.getByRole('region', { name: 'Recent evidence' });
  }

  async addEvidence(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add evidence', exact: true }).first().click();
  }

  nav(section: 'Dashboard' | 'Evidence' | 'Units' | 'Coverage' | 'Export'): Locator {
    return this.page.getByRole('navigation', { name: 'Portfolio sections' }).getByRole('link', { name: section, exact: true });
  }
}
