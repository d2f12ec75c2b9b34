import type { Locator, Page } from 'playwright-core';
import { squash } from '../field';
import { EvidenceEditorPage } from './evidence-editor-page';

/** `/p/:id/evidence`: every item, with search and filters. */
export class EvidenceListPage {
  constructor(
    readonly page: Page,
    readonly portfolioId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`/p/${this.portfolioId}/evidence`);
    await this.page.getByRole('heading', { name: 'Evidence', level: 1 }).waitFor();
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: 'Search and filter evidence' });
  }

  async search(text: string): Promise<void> {
    await this.filters.getByLabel('Search').fill(text);
  }

  async filterKind(kindLabel: string): Promise<void> {
    await this.filters.getByLabel('Kind').selectOption({ label: kindLabel });
  }

  /** "Unit 2: Principles of customer service", "Not mapped yet" or "Any unit". */
  async filterMappedTo(label: string | RegExp): Promise<void> {
    const select = this.filters.getByLabel('Mapped to');
    const labels = await select.locator('option').allInnerTexts();
    const choice = labels.find((l) => (typeof label === 'string' ? l === label : label.test(l)));
    if (!choice) throw new Error(`"Mapped to" has no option ${String(label)}; it has ${labels.join(' | ')}`);
    await select.selectOption({ label: choice });
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear search and filters' }).click();
  }

  /** "Showing 3 of 20". */
  async countText(): Promise<string> {
    return squash(await this.page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+$/ }).innerText());
  }

  get items(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link', { name: /^E\d{3,}\b/ });
  }

  /** The references of the items shown, in order, e.g. ["E001", "E004"]. */
  async refs(): Promise<string[]> {
    const texts = await this.items.allInnerTexts();
    return texts.map((t) => /^E\d{3,}/.exec(t.trim())?.[0] ?? t);
  }

  async open(ref: string): Promise<void> {
    await this.items.filter({ hasText: new RegExp(`^\\s*${ref}\\b`) }).click();
  }

  /** Goes to the list and opens the item there, as a person does; resolves once its editor shows. */
  async edit(ref: string): Promise<EvidenceEditorPage> {
    await this.goto();
    await this.open(ref);
    const editor = new EvidenceEditorPage(this.page, this.portfolioId);
    await editor.waitUntilShown();
    return editor;
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Saved|Deleted) / });
  }
}
