import type { Page } from 'playwright-core';
import { idFromLink } from './support/app-paths';
import { expectNoAxeViolations, pageScrollsHorizontally } from './support/axe';
import { EvidenceEditorPage } from './support/pages/evidence-editor-page';
import { HomePage } from './support/pages/home-page';
import { SettingsPage } from './support/pages/settings-page';
import { waitForScreen } from './support/settle';
import { describe, expect, test } from './support/test';

interface Screen {
  name: string;
  /** The address of the screen, given the portfolio and one of its evidence items. */
  path: (portfolioId: string, evidenceId: string) => string;
  /** Shown only when the portfolio holds evidence, so not checked on an empty one. */
  needsEvidence?: true;
}

const portfolioScreens: Screen[] = [
  { name: 'dashboard', path: (p) => `/p/${p}` },
  { name: 'evidence list', path: (p) => `/p/${p}/evidence` },
  { name: 'new evidence editor', path: (p) => `/p/${p}/evidence/new` },
  { name: 'evidence editor of an item', path: (p, e) => `/p/${p}/evidence/${e}`, needsEvidence: true },
  { name: 'units', path: (p) => `/p/${p}/units` },
  { name: 'unit', path: (p) => `/p/${p}/units/PRN` },
  // EXT-1 has evidence in the demo; PRN-4 is one of its gaps.
  { name: 'marking point with evidence', path: (p) => `/p/${p}/points/EXT-1`, needsEvidence: true },
  { name: 'marking point', path: (p) => `/p/${p}/points/PRN-4` },
  { name: 'coverage', path: (p) => `/p/${p}/coverage` },
  { name: 'export', path: (p) => `/p/${p}/export` },
  { name: 'settings', path: (p) => `/p/${p}/settings` },
  { name: 'audit trail', path: (p) => `/p/${p}/audit` },
];

async function checkScreen(page: Page, path: string, where: string): Promise<void> {
  await page.goto(path);
  await waitForScreen(page);
  await expectNoAxeViolations(page, where);
}

async function demoPortfolio(page: Page): Promise<{ portfolioId: string; evidenceId: string }> {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  await waitForScreen(page);
  const evidenceId = await idFromLink(page, /\/evidence\/(?!new(?:$|\?))([^/?#]+)$/);
  return { portfolioId, evidenceId };
}

describe('axe-core finds no violations', () => {
  test('on the first-run home page and the import page', async ({ page }) => {
    await checkScreen(page, '/', 'the first-run home page');
    await checkScreen(page, '/import', 'the import page on an empty device');
  });

  test('on the home page listing portfolios, and the import page with a portfolio on the device', async ({ page }) => {
    await demoPortfolio(page);
    await checkScreen(page, '/', 'the home page with a portfolio');
    await page.getByRole('button', { name: 'Create a new portfolio' }).click();
    await expectNoAxeViolations(page, 'the home page with the new-portfolio form open');
    await checkScreen(page, '/import', 'the import page');
  });

  for (const screen of portfolioScreens) {
    if (!screen.needsEvidence) {
      test(`on the ${screen.name} of an empty portfolio`, async ({ page }) => {
        const home = new HomePage(page);
        await home.goto();
        const portfolioId = await home.createPortfolio();
        await checkScreen(page, screen.path(portfolioId, ''), `the ${screen.name} (empty portfolio)`);
      });
    }

    test(`on the ${screen.name} of the demo portfolio`, async ({ page }) => {
      const { portfolioId, evidenceId } = await demoPortfolio(page);
      await checkScreen(page, screen.path(portfolioId, evidenceId), `the ${screen.name} (demo portfolio)`);
    });
  }

  test('on a form showing its errors', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.submit();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'the create-portfolio form with errors');
  });

  test('on the settings page with its errors, after a save, and asking to delete', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const settings = new SettingsPage(page, await home.createPortfolio());
    await settings.goto();
    await settings.fill({ learnerName: '', centre: '' });
    await settings.save();
    await settings.errorSummary.waitFor();
    await expectNoAxeViolations(page, 'the settings page with errors');
    await settings.fill({ learnerName: 'Zoë Brontë-Okoye', centre: 'Northgate Lettings Ltd' });
    await settings.save();
    await settings.saved.waitFor();
    await expectNoAxeViolations(page, 'the settings page after a save');
    await settings.askToDelete();
    await settings.deleteDialog.waitFor();
    await expectNoAxeViolations(page, 'the settings page asking to delete');
  });
});

test('at desktop width the evidence editor’s guidance panel, which scrolls inside itself, can be reached and scrolled with the keyboard', async ({ page }) => {
  // Short enough that a unit's tips and misconceptions overflow the sticky panel.
  await page.setViewportSize({ width: 1280, height: 600 });
  const { portfolioId } = await demoPortfolio(page);
  const editor = new EvidenceEditorPage(page, portfolioId);
  await editor.gotoNew();
  await editor.waitUntilShown();
  await editor.mapTo('EXT-3', 'Shows each stage of the complaint, from first reply to the log.');
  const guidance = page.getByRole('region', { name: /^Guidance for unit/ });
  await guidance.waitFor();
  await expect(guidance.evaluate((el) => el.scrollHeight > el.clientHeight)).resolves.toBe(true);
  await expectNoAxeViolations(page, 'the evidence editor at desktop width with its guidance panel scrolling');

  await guidance.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => guidance.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

test('no screen scrolls sideways on a 360 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { portfolioId, evidenceId } = await demoPortfolio(page);
  const paths = ['/', '/import', ...portfolioScreens.map((s) => s.path(portfolioId, evidenceId))];
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await waitForScreen(page);
    const { scrolls, scrollWidth, clientWidth } = await pageScrollsHorizontally(page);
    if (scrolls) wide.push(`${path}: the page is ${scrollWidth} px wide in a ${clientWidth} px window`);
  }
  expect(wide).toEqual([]);
});
