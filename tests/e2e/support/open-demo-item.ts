import type { Page } from 'playwright-core';
import { EvidenceEditorPage } from './pages/evidence-editor-page';
import { HomePage } from './pages/home-page';
import { waitForScreen } from './settle';

/** Loads the demo portfolio and opens one of its items (by reference, "E006") in the editor from the evidence list. */
export async function openDemoItem(page: Page, ref: string): Promise<{ portfolioId: string; editor: EvidenceEditorPage }> {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  await waitForScreen(page);
  await page.goto(`/p/${portfolioId}/evidence`);
  await waitForScreen(page);
  await page.getByRole('link', { name: new RegExp(`^${ref} `) }).click();
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.waitUntilShown();
  return { portfolioId, editor };
}
