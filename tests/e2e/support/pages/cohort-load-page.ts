import type { Locator, Page } from 'playwright-core';
import { dropFiles } from '../drop';
import type { UploadFile } from './evidence-editor-page';

/** `/cohort/load`: load many learners' .folio files, see a result per file, remove learners. */
export class CohortLoadPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/cohort/load');
    await this.page.getByRole('heading', { name: 'Load learners’ files', level: 1 }).waitFor();
  }

  /** Chooses the files through the file picker, as the "Choose .folio files" button does. */
  async choose(files: readonly string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Choose .folio files' }).click()]);
    await chooser.setFiles([...files]);
  }

  /** Drags the files onto the drop zone. */
  async drop(files: readonly UploadFile[]): Promise<void> {
    await dropFiles(this.page.locator('.drop-zone'), files);
  }

  /** Chooses the files, gives the group if any, loads them and waits for the summary; returns it. */
  async load(files: readonly string[], options: { group?: string } = {}): Promise<string> {
    await this.choose(files);
    if (options.group) await this.page.getByLabel('Group (optional)').fill(options.group);
    await this.page.getByRole('button', { name: `Load ${files.length} ${files.length === 1 ? 'file' : 'files'}` }).click();
    return this.waitForSummary();
  }

  async waitForSummary(timeout = 60_000): Promise<string> {
    const summary = this.page.getByRole('status').filter({ hasText: /^(\d+ files?|Stopped after)/ });
    await summary.waitFor({ timeout });
    return (await summary.textContent()) ?? '';
  }

  /** One line per file, in the order chosen: "Loaded: a.folio — …", "Refused: b.folio — …". */
  async results(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Result for each file' }).getByRole('listitem').allTextContents();
  }

  /** The "Learners on this device" list of one group ("No group" for those without). */
  group(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+ learners?$`) });
  }

  /** Removes one learner, confirming in the dialog that names them. */
  async removeLearner(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
    await this.page.getByRole('alertdialog', { name: 'Remove 1 learner from this device?' }).getByRole('button', { name: 'Remove 1 learner' }).click();
  }
}
