import { join } from 'node:path';
import { expectNoAxeViolations, pageScrollsHorizontally } from './support/axe';
import { WhoAreYouForm, YouPage } from './support/pages/you-page';
import { testTempDir } from './support/temp-dir';
import { describe, expect, test } from './support/test';

describe('who you are, and your key', () => {
  test('the first run asks who you are before anything else, says what to fix, and sends an assessor to the queue', async ({ page }) => {
    await page.goto('/');
    const who = new WhoAreYouForm(page);
    await page.getByRole('heading', { level: 1, name: 'Who are you?' }).waitFor();
    await expectNoAxeViolations(page, 'the first-run who-are-you page');
    await who.submit();
    await expect.poll(() => who.nameError()).toBe('Enter your name');
    await expect(who.roleError()).resolves.toContain('Say who you are: a learner, an assessor, or a tutor or IQA');
    await expectNoAxeViolations(page, 'the who-are-you page with its errors');
    await who.answer('Assessor', 'Morgan Ellis');
    await page.waitForURL((url) => url.pathname === '/queue');
  });

  test('an assessor hands a key card to a learner’s device, which confirms the key', async ({ page, newProfile }) => {
    const dir = await testTempDir();
    // The assessor's device.
    await page.goto('/');
    await new WhoAreYouForm(page).answer('Assessor', 'Morgan Ellis');
    await page.waitForURL((url) => url.pathname === '/queue');
    const assessor = new YouPage(page);
    await assessor.goto();
    const fingerprint = await assessor.fingerprint();
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    await expect(page.getByText('Your private key lives only on this device.').count()).resolves.toBe(1);
    const qr = await assessor.showQr();
    await expect(qr.getAttribute('aria-label')).resolves.toBe(`QR code of the key card of Morgan Ellis, fingerprint ${fingerprint}`);
    await expectNoAxeViolations(page, 'the You screen with the QR code shown');
    const download = await assessor.saveKeyCard();
    expect(download.suggestedFilename()).toBe('morgan-ellis-key.folio-key');
    const cardPath = join(dir, download.suggestedFilename());
    // The browser deletes a download when its context closes: keep a copy first.
    await download.saveAs(cardPath);

    // The learner's device.
    const other = await newProfile();
    await other.goto('/');
    await new WhoAreYouForm(other).answer('Learner', 'Zoë Brontë');
    await other.getByRole('heading', { level: 1, name: 'Welcome to Folio' }).waitFor();
    const learner = new YouPage(other);
    await learner.goto();
    await learner.importKeyCard(cardPath);
    await other.getByText(`The key of Morgan Ellis (assessor) is confirmed on this device. Fingerprint ${fingerprint}.`).waitFor();
    const row = learner.signerRow('Morgan Ellis');
    await expect(row.innerText()).resolves.toContain(fingerprint);
    await expect(row.innerText()).resolves.toContain('Confirmed from their key card');
    await expectNoAxeViolations(other, 'the You screen after confirming a key card');
    // On a 360 px phone the screen, QR code and the table of signers included, does not scroll sideways.
    await other.setViewportSize({ width: 360, height: 740 });
    await learner.showQr();
    await expect(pageScrollsHorizontally(other)).resolves.toMatchObject({ scrolls: false });
  });
});
