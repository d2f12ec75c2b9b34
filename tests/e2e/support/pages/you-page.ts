import type { Download, Locator, Page } from 'playwright-core';
import { fieldError } from '../field';

export type RoleLabel = 'Learner' | 'Assessor' | 'Tutor or internal quality assurer (IQA)';

/** The first run's "Who are you?" form (at `/` until answered). */
export class WhoAreYouForm {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: 'About you' });
  }

  async isShown(): Promise<boolean> {
    return (await this.page.getByRole('heading', { level: 1, name: 'Who are you?' }).count()) > 0;
  }

  nameError(): Promise<string | null> {
    return fieldError(this.form.getByLabel(/^Your name/));
  }

  roleError(): Promise<string> {
    return this.form.getByRole('group', { name: /^I am/ }).getByRole('alert').innerText();
  }

  async answer(role: RoleLabel, name: string): Promise<void> {
    await this.form.getByRole('radio', { name: new RegExp(`^${role.replace(/[()]/g, '\\$&')}`) }).check();
    await this.form.getByLabel(/^Your name/).fill(name);
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Continue' }).click();
  }
}

/** `/you`: who uses this device, their key and key card, and the signers the device knows. */
export class YouPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/you');
    await this.page.getByRole('heading', { level: 1, name: 'You and your key' }).waitFor();
  }

  /** Your fingerprint as the screen shows it (eight groups of four hex digits). */
  fingerprint(): Promise<string> {
    return this.page.getByRole('region', { name: 'Your signing key' }).locator('code').first().innerText();
  }

  async saveKeyCard(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Save your key card' }).click()]);
    return download;
  }

  async showQr(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Show your key card as a QR code' }).click();
    const qr = this.page.getByRole('img', { name: /^QR code of the key card of / });
    await qr.waitFor();
    return qr;
  }

  async importKeyCard(path: string): Promise<void> {
    await this.page.getByLabel('Key card file (.folio-key)').setInputFiles(path);
  }

  signerRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Signers and their keys' }).getByRole('row', { name: new RegExp(name) });
  }
}
