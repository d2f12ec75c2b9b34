import type { Locator, Page } from 'playwright-core';
import { dropFiles } from '../drop';
import { fieldError } from '../field';
import { labelled } from '../labels';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface EvidenceBasics {
  title: string;
  /** The kind's label as the list shows it, e.g. "Complaint record". */
  kind: string;
  /** yyyy-mm-dd */
  date: string;
  /** The customer option's label, e.g. "External customers". */
  customers: string;
}

/** `/p/:id/evidence/new` and `/p/:id/evidence/:evidenceId`: the form for one evidence item. */
export class EvidenceEditorPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async gotoNew(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/evidence/new`);
    await this.waitUntilShown();
  }

  async goto(evidenceId: string): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/evidence/${evidenceId}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.saveButton.waitFor();
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save evidence' });
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(labelled(label));
  }

  errorFor(label: string): Promise<string | null> {
    return fieldError(this.field(label));
  }

  async fillBasics(basics: EvidenceBasics): Promise<void> {
    await this.field('Title').fill(basics.title);
    await this.field('Kind of evidence').selectOption({ label: basics.kind });
    await this.field('Date of the evidence').fill(basics.date);
    await this.page.getByRole('radio', { name: basics.customers, exact: true }).check();
  }

  /** Fills a kind's own fields by label: text is typed, a select is chosen by its option's label. */
  async fillFields(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const control = this.field(label);
      const tag = await control.evaluate((el) => el.tagName);
      if (tag === 'SELECT') await control.selectOption({ label: value });
      else await control.fill(value);
    }
  }

  get reflection(): Locator {
    return this.field('Reflection');
  }

  get mappingSection(): Locator {
    return this.page.getByRole('region', { name: 'Marking points this item meets' });
  }

  pointCheckbox(pointId: string): Locator {
    return this.mappingSection.getByRole('checkbox', { name: new RegExp(`^${pointId}\\b`) });
  }

  rationaleField(pointId: string): Locator {
    return this.mappingSection.getByLabel(labelled(`Rationale: how this item shows ${pointId}`));
  }

  /** Opens the point's unit if it is folded, ticks the point and types the one-line rationale. */
  async mapTo(pointId: string, rationale: string): Promise<void> {
    const checkbox = this.pointCheckbox(pointId);
    if (!(await checkbox.isVisible())) {
      const hidden = this.page.getByRole('checkbox', { name: new RegExp(`^${pointId}\\b`), includeHidden: true });
      const unitSection = this.mappingSection.locator('details').filter({ has: hidden });
      await unitSection.locator('summary').click();
    }
    await checkbox.check();
    await this.rationaleField(pointId).fill(rationale);
  }

  get attachments(): Locator {
    return this.page.getByRole('region', { name: 'Files and photos' });
  }

  async attach(...files: UploadFile[]): Promise<void> {
    await this.attachments.getByLabel('Choose files or take a photo').setInputFiles(files);
  }

  /** Drags the files onto the "Drag files here" zone. */
  async drop(...files: UploadFile[]): Promise<void> {
    await dropFiles(this.attachments.locator('.dropzone'), files);
  }

  /** The names in the list of attached files. */
  async attachedNames(): Promise<string[]> {
    const list = this.attachments.getByRole('list', { name: 'Attached files' });
    if ((await list.count()) === 0) return [];
    return list.locator('.attachment__name').allInnerTexts();
  }

  preview(fileName: string): Locator {
    return this.attachments.getByRole('img', { name: `Preview of ${fileName}` });
  }

  /** True once the preview image has loaded and decoded to real pixels. */
  async previewShows(fileName: string): Promise<{ width: number; height: number }> {
    const img = this.preview(fileName);
    await img.waitFor();
    return img.evaluate(async (el) => {
      if (!(el instanceof HTMLImageElement)) throw new Error('The preview is not an image.');
      await el.decode();
      return { width: el.naturalWidth, height: el.naturalHeight };
    });
  }

  downloadLink(fileName: string): Locator {
    return this.attachments.getByRole('link', { name: `Download ${fileName}` });
  }

  get attachmentRefusal(): Locator {
    return this.attachments.getByRole('alert');
  }

  /** Saves and waits for the evidence list that a save returns to. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.page.waitForURL((url) => url.pathname === `/p/${this.portfolioId}/evidence`);
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async deleteItem(ref: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete this item' }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: `Delete ${ref}` }).click();
    await this.page.waitForURL((url) => url.pathname === `/p/${this.portfolioId}/evidence`);
  }

  get leaveDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Leave without saving?' });
  }

  get draftOffer(): Locator {
    return this.page.getByRole('region', { name: 'You have unsaved changes' });
  }

  async restoreDraft(): Promise<void> {
    await this.draftOffer.getByRole('button', { name: /^Restore unsaved changes/ }).click();
  }
}
