import type { Locator, Page } from 'playwright-core';
import { dropFiles } from '../drop';
import type { UploadFile } from './evidence-editor-page';

/** `/import`: open a .folio file, see what it holds, import it. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/import');
    await this.page.getByRole('heading', { name: 'Open a portfolio file', level: 1 }).waitFor();
  }

  /** Chooses the file as the "Choose a .folio file" button does: through the file picker. */
  async choose(file: UploadFile | string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Choose a .folio file' }).click()]);
    await chooser.setFiles(file);
  }

  /** Drags the file onto the "Drag a .folio file here" zone. */
  async drop(file: UploadFile): Promise<void> {
    await dropFiles(this.page.locator('.drop-zone'), [file]);
  }

  get ready(): Locator {
    return this.page.getByRole('region', { name: 'Ready to import' });
  }

  /** The facts the checked file holds, e.g. { Learner: "Zoë Brontë (CS3-204817)", "Evidence items": "20" }. */
  async summary(): Promise<Record<string, string>> {
    await this.ready.waitFor();
    return this.ready.locator('dl').evaluate((dl) => {
      const facts: Record<string, string> = {};
      for (const row of Array.from(dl.querySelectorAll('div'))) {
        const term = row.querySelector('dt')?.textContent?.trim();
        const value = row.querySelector('dd')?.textContent?.trim();
        if (term && value !== undefined) facts[term] = value;
      }
      return facts;
    });
  }

  /** The list of attachments the file carries that Folio will not import. */
  get refusedAttachments(): Locator {
    return this.ready.getByRole('group', { name: /cannot be imported$/ });
  }

  async importIt(): Promise<void> {
    await this.ready.getByRole('button', { name: 'Import' }).click();
  }

  /** When the portfolio is already on this device: merge the file into it (the first choice offered). */
  async mergeIt(): Promise<void> {
    await this.ready.getByRole('button', { name: 'Merge into the portfolio on this device' }).click();
  }

  /** When the portfolio is already on this device: open the dialog offering Replace and Keep both. */
  async otherWays(): Promise<void> {
    await this.ready.getByRole('button', { name: 'Replace or keep both…' }).click();
  }

  /** What a merge says: "Merged", or "Nothing new in this file". */
  get merged(): Locator {
    return this.page.getByRole('region', { name: /^(Merged|Nothing new in this file)$/ });
  }

  get conflictDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'This portfolio is already on this device' });
  }

  /** The bar shown while the file is checked, e.g. "Checking x.folio: 12.0 MB of 300.0 MB unpacked". */
  get checking(): Locator {
    return this.page.getByRole('progressbar', { name: /^Checking / });
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel' }).click();
  }

  get cancelled(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Cancelled — nothing on this device was changed.' });
  }

  get refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'cannot be imported' });
  }
}
