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

  async downloadFolio(timeoutMs = 60_000): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: timeoutMs }),
      this.folioSection.getByRole('button', { name: 'Download the portfolio file' }).click(),
    ]);
    return download;
  }
}
