import type { Locator, Page } from 'playwright-core';
import { fieldError } from '../field';
import { WhoAreYouForm } from './you-page';

export interface PortfolioDetails {
  learnerName: string;
  learnerNumber: string;
  centre: string;
  assessorName: string;
  /** yyyy-mm-dd, as a date input takes it. */
  startDate?: string;
}

export const sampleLearner: PortfolioDetails = {
  learnerName: 'Zoë Brontë',
  learnerNumber: 'L3-004217',
  centre: 'Northgate Lettings Ltd',
  assessorName: 'Priya Natarajan',
  startDate: '2026-09-01',
};

/** `/`: first run (create a portfolio or load the demo) and the list of portfolios on this device. */
export class HomePage {
  constructor(readonly page: Page) {}

  /** Opens `/`; on a device where nobody has said who they are yet, answers as the sample learner first. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    const whoAreYou = new WhoAreYouForm(this.page);
    if (await whoAreYou.isShown()) {
      await whoAreYou.answer('Learner', sampleLearner.learnerName);
      await this.page.getByRole('heading', { level: 1, name: /^(Welcome to Folio|Your portfolios)$/ }).waitFor();
    }
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Create your portfolio' });
  }

  field(label: 'Learner name' | 'Learner number' | 'Centre or employer' | 'Assessor’s name' | 'Start date'): Locator {
    return this.form.getByLabel(label);
  }

  errorFor(label: Parameters<HomePage['field']>[0]): Promise<string | null> {
    return fieldError(this.field(label));
  }

  async fill(details: PortfolioDetails): Promise<void> {
    await this.field('Learner name').fill(details.learnerName);
    await this.field('Learner number').fill(details.learnerNumber);
    await this.field('Centre or employer').fill(details.centre);
    await this.field('Assessor’s name').fill(details.assessorName);
    if (details.startDate) await this.field('Start date').fill(details.startDate);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Create portfolio' }).click();
  }

  /** Opens the form when portfolios exist already; on first run it is on the page. */
  async openCreateForm(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Create a new portfolio' });
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.form.waitFor();
  }

  /** Creates a portfolio and waits for its dashboard; returns the portfolio id from the address. */
  async createPortfolio(details: PortfolioDetails = sampleLearner): Promise<string> {
    await this.openCreateForm();
    await this.fill(details);
    await this.submit();
    return this.waitForDashboard();
  }

  async loadDemo(): Promise<string> {
    await this.page.getByRole('button', { name: 'Load the demo portfolio' }).click();
    return this.waitForDashboard();
  }

  portfolioLink(learnerName: string): Locator {
    return this.page.getByRole('heading', { name: learnerName, level: 3 }).getByRole('link');
  }

  async waitForDashboard(): Promise<string> {
    await this.page.waitForURL(/\/p\/[^/]+$/);
    await this.page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const id = /\/p\/([^/]+)$/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`No portfolio id in ${this.page.url()}`);
    return decodeURIComponent(id);
  }
}
