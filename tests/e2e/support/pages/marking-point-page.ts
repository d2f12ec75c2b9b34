import type { Locator, Page } from 'playwright-core';
import { fieldError } from '../field';

/** `/p/:id/points/:pointId`: one marking point, the evidence mapped to it, and mapping more. */
export class MarkingPointPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
    readonly pointId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/points/${this.pointId}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: `Marking point ${this.pointId}`, level: 1 }).waitFor();
    await this.mapped.waitFor();
  }

  get mapped(): Locator {
    return this.page.getByRole('region', { name: /^Evidence mapped here/ });
  }

  /** The rows of evidence mapped here, e.g. "E001 Complaint about a late delivery". */
  async mappedItems(): Promise<string[]> {
    return this.mapped.getByRole('listitem').getByRole('link').allInnerTexts();
  }

  rowFor(ref: string): Locator {
    return this.mapped.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: new RegExp(`^${ref}\\b`) }) });
  }

  get mapForm(): Locator {
    return this.page.getByRole('region', { name: 'Map evidence here' });
  }

  get evidenceChoice(): Locator {
    return this.mapForm.getByLabel('Evidence item');
  }

  get rationale(): Locator {
    return this.mapForm.getByLabel(`How this item shows ${this.pointId}`);
  }

  rationaleError(): Promise<string | null> {
    return fieldError(this.rationale);
  }

  /** Chooses the item whose option starts with `ref` (e.g. "E001"), types the rationale and maps it. */
  async mapEvidence(ref: string, rationale: string): Promise<void> {
    const option = this.evidenceChoice.locator('option', { hasText: new RegExp(`^${ref}\\b`) });
    const value = await option.getAttribute('value');
    if (!value) throw new Error(`${ref} is not among the items that can be mapped to ${this.pointId}.`);
    await this.evidenceChoice.selectOption(value);
    await this.rationale.fill(rationale);
    await this.mapForm.getByRole('button', { name: `Map to ${this.pointId}` }).click();
  }
}
