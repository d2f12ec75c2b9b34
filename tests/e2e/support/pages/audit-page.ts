import type { Locator, Page } from 'playwright-core';

/** `/p/:id/audit`: the audit trail, with its who / what / when filters. */
export class AuditPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/audit${query}`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Audit trail', level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** "Showing 5 of 30 recorded changes". */
  countText(): Promise<string> {
    return this.page.getByRole('status').filter({ hasText: /^Showing / }).innerText();
  }

  /** The "What" column, top to bottom. */
  async actions(): Promise<string[]> {
    await this.table.waitFor();
    return this.table.locator('tbody tr td:nth-child(3)').allInnerTexts();
  }

  async filterWho(label: string | RegExp): Promise<void> {
    await this.page.getByLabel('Who').selectOption({ label: typeof label === 'string' ? label : await this.optionMatching('Who', label) });
  }

  async filterWhat(label: string): Promise<void> {
    await this.page.getByLabel('What').selectOption({ label });
  }

  async setDates(from: string, to: string): Promise<void> {
    await this.page.getByLabel('From').fill(from);
    await this.page.getByLabel('To').fill(to);
  }

  get dateError(): Locator {
    return this.page.getByRole('alert');
  }

  private async optionMatching(field: string, pattern: RegExp): Promise<string> {
    const labels = await this.page.getByLabel(field).locator('option').allInnerTexts();
    const found = labels.find((l) => pattern.test(l));
    if (!found) throw new Error(`No "${field}" option matches ${pattern}: ${labels.join(', ')}`);
    return found;
  }
}
