import type { Locator, Page } from 'playwright-core';

/** The messages above every page: a new version ready to load, and the state of Folio's storage. */
export class AppNotices {
  constructor(readonly page: Page) {}

  get updatePrompt(): Locator {
    return this.page.getByRole('complementary', { name: 'New version of Folio' });
  }

  get updateReload(): Locator {
    return this.updatePrompt.getByRole('button', { name: 'Reload' });
  }

  /** The build this page runs, from the tag the build writes into index.html. */
  build(): Promise<string | null> {
    return this.page.locator('meta[name="folio-build"]').getAttribute('content');
  }
}
