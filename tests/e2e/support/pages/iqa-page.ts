import type { Download, Locator, Page } from 'playwright-core';

/** `/iqa` and `/iqa/:roundId`: the IQA's sampling rounds, the plan, the sample and its outcomes. */
export class IqaPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/iqa');
    await this.page.getByRole('heading', { level: 1, name: 'Quality assurance' }).waitFor();
  }

  get plan(): Locator {
    return this.page.getByRole('form', { name: 'Sampling plan' });
  }

  /** Fills the plan's name and share (the rest as given), proposes, and waits for the round's page. */
  async propose(options: { name: string; share: number; stage?: 'Interim' | 'Summative'; seed?: number }): Promise<void> {
    await this.plan.getByLabel(/^Name of the round/).fill(options.name);
    if (options.stage) await this.plan.getByRole('radio', { name: new RegExp(`^${options.stage}`) }).check();
    await this.plan.getByLabel(/^Share of each assessor’s decisions to sample/).fill(String(options.share));
    if (options.seed !== undefined) await this.plan.getByLabel(/^Seed of the random draw/).fill(String(options.seed));
    await this.plan.getByRole('button', { name: 'Propose a sample' }).click();
    await this.page.getByRole('heading', { level: 2, name: /^The sample \(/ }).waitFor();
  }

  /** Every sampled line's heading, "learner — point". */
  lineTitles(): Promise<string[]> {
    return this.page.locator('.sample-lines > li > h3').allInnerTexts();
  }

  line(title: string): Locator {
    return this.page.locator('.sample-lines > li').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  async record(title: string, outcome: 'Agreed' | 'Assessor to action' | 'Disagreed', comment = ''): Promise<void> {
    const line = this.line(title);
    await line.getByText(/^Record (an|a new) outcome$/).click();
    await line.getByRole('radio', { name: outcome, exact: true }).check();
    if (comment) await line.getByLabel('Comment to the assessor').fill(comment);
    await line.getByRole('button', { name: 'Record the outcome' }).click();
  }

  async exportIqaFile(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Export the IQA file' }).click()]);
    return download;
  }

  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download the IQA PDF' }).click()]);
    return download;
  }

  async downloadReportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    return download;
  }
}
