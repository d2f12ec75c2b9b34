import { findUnit } from '../../src/catalogue';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';
import { expectNoAxeViolations, pageScrollsHorizontally } from './support/axe';
import { AssessPage } from './support/pages/assess-page';
import { ImportPage } from './support/pages/import-page';
import { WhoAreYouForm } from './support/pages/you-page';
import { describe, desktop, expect, test } from './support/test';

const now = new Date().toISOString();
// The demo portfolio as a learner would send it: every marking point of unit 1 (EXT) has evidence.
const demoFile = Buffer.from(await encodeFolio(await buildDemoPortfolio({ now, newId: () => crypto.randomUUID() }), { appVersion: 'e2e', now }));
const EXT = findUnit('EXT');
if (!EXT) throw new Error('The catalogue has no unit EXT');

describe('the assessor', () => {
  test('imports a learner’s file, decides every point of a unit and signs it off', { timeout: 180_000 }, async ({ page }) => {
    await page.goto('/');
    // The first run asks who uses this device; an assessor is taken to their queue.
    await new WhoAreYouForm(page).answer('Assessor', 'Morgan Ellis');
    await page.getByRole('heading', { level: 1, name: 'Your assessment queue' }).waitFor();

    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.choose({ name: 'zoe-bronte.folio', mimeType: 'application/octet-stream', buffer: demoFile });
    await importPage.importIt();
    await page.waitForURL(/\/p\/[^/]+$/);
    const portfolioId = new URL(page.url()).pathname.split('/')[2] ?? '';

    const assess = new AssessPage(page, portfolioId, 'EXT');
    await assess.goto('EXT-1');
    await expectNoAxeViolations(page, 'the Assess screen');

    // A decision other than met needs feedback: the error is shown beside the field, and axe checks it.
    await assess.decide({ outcome: 'Not yet met', methods: ['Observation'] });
    await assess.pointPanel().getByText('Write feedback: say what is missing and what the learner should do next').waitFor();
    await expectNoAxeViolations(page, 'the decision form with an error');

    // The learner's item opens read-only over the screen, and closing it returns to the same point.
    const firstItem = assess.pointPanel().getByRole('button', { name: /^Open E\d{3}$/ }).first();
    await firstItem.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'an evidence item opened on the Assess screen');
    await dialog.getByRole('button', { name: 'Back to the assessment' }).click();
    expect(new URL(page.url()).search).toBe('?point=EXT-1');

    for (const point of EXT.markingPoints) {
      await assess.openPoint(point.id);
      await assess.decide({ outcome: 'Met', methods: ['Product evidence', 'Professional discussion'] });
      await assess.saved(point.id).waitFor();
    }

    await assess.signOff.getByLabel(/Needs countersignature by/).waitFor();
    await expectNoAxeViolations(page, 'the Assess screen with the sign-off form');
    await assess.signOff.getByRole('button', { name: 'Sign off unit 1' }).click();
    await assess.signOff.getByText('Unit 1 is signed off.').waitFor();
    await assess.signOff.getByText(/Signed off/).first().waitFor();
    await expect(assess.signOff.getByText(/: signature verified, signer confirmed$/).first().isVisible()).resolves.toBe(true);
    await expect(assess.signOff.getByRole('button', { name: /^Unlock E\d{3}…$/ }).count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'a signed-off unit');

    // After a reload the decisions and the sign-off are still there, read back from the database.
    await page.reload();
    await assess.signOff.getByText(/Signed off/).first().waitFor();
    for (const point of EXT.markingPoints) {
      await expect(page.getByRole('navigation', { name: 'Marking points of unit 1' }).getByRole('listitem').filter({ hasText: point.id }).innerText()).resolves.toContain('Met');
    }

    // On a 360 px phone the screen fits its width.
    await page.setViewportSize({ width: 360, height: 740 });
    await assess.goto('EXT-2');
    await expect(pageScrollsHorizontally(page)).resolves.toMatchObject({ scrolls: false });
    await page.setViewportSize(desktop);

    await page.goto('/queue');
    await page.getByRole('heading', { level: 1, name: 'Your assessment queue' }).waitFor();
    await expectNoAxeViolations(page, 'the assessor’s queue');
  });
});
