import type { Download, Locator, Page } from 'playwright-core';

/** `/p/:id/export`: the assessor PDF and the .folio file. */
export class ExportPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/export`);
    await this.page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
  }

  get pdfSection(): Locator {
    return this.page.getByRole('region', { name: 'PDF for your assessor' });
  }

  get folioSection(): Locator {
    return this.page.getByRole('region', { name: 'Portfolio file (.folio)' });
  }

  /** Creates the PDF and returns the download the browser receives; rendering runs in a worker. */
  async createPdf(timeoutMs = 90_000): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: timeoutMs }),
      this.pdfSection.getByRole('button', { name: 'Create PDF' }).click(),
    ]);
    return download;
  }

  /** "PDF ready: 31 pages, 412 KB (zoe-bronte-portfolio-2026-11-22.pdf)." */
  get pdfReady(): Locator {
    return this.pdfSection.getByRole('status').filter({ hasText: /^PDF ready/ });
  }

  /** The privacy check before a learner's export (issue 10). */
  get privacyCheck(): Locator {
    return this.page.getByRole('region', { name: 'Customers’ personal data' });
  }

  /** Chooses Redact for every piece of personal data the check lists, and waits until the exports may go. */
  async redactAll(): Promise<void> {
    await this.privacyCheck.getByRole('button', { name: 'Redact all' }).click();
    await this.privacyCheck.getByText('Every piece of personal data has a choice. You can export.').waitFor();
  }

  /** Keeps everything the check lists as the learner's own, through its confirmation. */
  async keepAllAsMine(): Promise<void> {
    await this.privacyCheck.getByRole('button', { name: 'Keep all as mine' }).click();
    await this.page.getByRole('alertdialog', { name: 'Keep all of it as yours?' }).getByRole('button', { name: 'Keep all as mine' }).click();
    await this.privacyCheck.getByText('Every piece of personal data has a choice. You can export.').waitFor();
  }

  async downloadFolio(timeoutMs = 60_000): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: timeoutMs }),
      this.folioSection.getByRole('button', { name: 'Download the portfolio file' }).click(),
    ]);
    return download;
  }
}
