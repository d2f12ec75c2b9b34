import type { Locator, Page } from 'playwright-core';
import { fieldError } from '../field';
import type { PortfolioDetails } from './home-page';

type DetailLabel = 'Learner name' | 'Learner number' | 'Centre or employer' | 'Assessor’s name' | 'Start date';

/** `/p/:id/settings`: the portfolio's details, storage on this device, deleting the portfolio. */
export class SettingsPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/settings`);
    await this.details.waitFor();
  }

  get details(): Locator {
    return this.page.getByRole('form', { name: 'Portfolio details' });
  }

  field(label: DetailLabel): Locator {
    return this.details.getByLabel(label);
  }

  errorFor(label: DetailLabel): Promise<string | null> {
    return fieldError(this.field(label));
  }

  async fill(details: Partial<PortfolioDetails>): Promise<void> {
    if (details.learnerName !== undefined) await this.field('Learner name').fill(details.learnerName);
    if (details.learnerNumber !== undefined) await this.field('Learner number').fill(details.learnerNumber);
    if (details.centre !== undefined) await this.field('Centre or employer').fill(details.centre);
    if (details.assessorName !== undefined) await this.field('Assessor’s name').fill(details.assessorName);
    if (details.startDate !== undefined) await this.field('Start date').fill(details.startDate);
  }

  async save(): Promise<void> {
    await this.details.getByRole('button', { name: 'Save details' }).click();
  }

  get saved(): Locator {
    return this.details.getByRole('status').filter({ hasText: 'Details saved.' });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get storage(): Locator {
    return this.page.getByRole('region', { name: 'Storage on this device' });
  }

  /** The "people to redact" list (issue 10): adds a name and waits until it is listed. */
  async addPersonToRedact(name: string): Promise<void> {
    const people = this.page.getByRole('region', { name: 'People to redact' });
    await people.getByLabel('Name to add').fill(name);
    await people.getByRole('button', { name: 'Add name' }).click();
    await people.getByRole('list', { name: 'Names to redact' }).getByRole('button', { name: `Remove ${name}` }).waitFor();
  }

  /** Opens the question; answer it through `deleteDialog`. */
  async askToDelete(): Promise<void> {
    await this.page.getByRole('region', { name: 'Delete this portfolio' }).getByRole('button', { name: 'Delete this portfolio' }).click();
  }

  get deleteDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: /^Delete .*’s portfolio\?$/ });
  }
}
