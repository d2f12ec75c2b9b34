import type { Locator, Page } from 'playwright-core';

/** `/p/:id/units` and `/p/:id/units/:unitId`: the units, their marking points and guidance. */
export class UnitsPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/units`);
    await this.page.getByRole('heading', { name: 'Units', level: 1 }).waitFor();
    await this.unitLinks.first().waitFor();
  }

  get unitLinks(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: /^Unit \d+:/ });
  }

  async gotoUnit(unitId: string): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/units/${unitId}`);
    await this.page.getByRole('heading', { name: /^Unit \d+:/, level: 1 }).waitFor();
    await this.pointCards.first().waitFor();
  }

  get pointCards(): Locator {
    return this.page.getByRole('list', { name: /^Marking points of unit/ }).getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2 }) });
  }

  guidance(unitNumber: number): Locator {
    return this.page.getByRole('region', { name: `Guidance for unit ${unitNumber}` });
  }

  pointCard(pointId: string): Locator {
    return this.pointCards.filter({ has: this.page.getByRole('heading', { name: `Marking point ${pointId}`, level: 2 }) });
  }
}
