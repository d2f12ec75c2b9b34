import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { expectNoAxeViolations } from './support/axe';
import { squash } from './support/field';
import { ImportPage } from './support/pages/import-page';
import { pdfText } from './support/pdf-text';
import { IqaPage } from './support/pages/iqa-page';
import { WhoAreYouForm } from './support/pages/you-page';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

/*
 * Issue 9's sampling with files between two devices: the IQA loads two learners' files, proposes a
 * sample, records an agreed and an assessor-to-action outcome, and exports the IQA file; the assessor,
 * holding the same learners, imports it and finds the action in the queue and on the Assess screen.
 */

const now = new Date().toISOString();
/** The demo learner (an assessor's signed decisions, one unit signed off), and a second learner like her. */
async function learnerFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const zoe = await buildDemoSnapshot({ now, newId: () => crypto.randomUUID() });
  const other = await buildDemoSnapshot({ now, newId: () => crypto.randomUUID() });
  const amir = { ...other, portfolio: { ...other.portfolio, learnerName: 'Amir Haddad', learnerNumber: 'CS3-300117' } };
  return Promise.all(
    [zoe, amir].map(async (s) => ({ name: `${s.portfolio.learnerName}.folio`, mimeType: 'application/octet-stream', buffer: Buffer.from(await encodeFolio(s, { appVersion: 'e2e', now })) })),
  );
}

async function importAll(page: Page, files: Awaited<ReturnType<typeof learnerFiles>>): Promise<void> {
  const importPage = new ImportPage(page);
  for (const file of files) {
    await importPage.goto();
    await importPage.choose(file);
    await importPage.importIt();
    await page.waitForURL(/\/p\/[^/]+$/);
  }
}

test('the IQA samples, records outcomes and sends them; the assessor imports them and sees what to action', { timeout: 240_000 }, async ({ page, newProfile }) => {
  const dir = await testTempDir();
  const files = await learnerFiles();

  // ── The IQA's device ────────────────────────────────────────────────────────────────────────────
  await page.goto('/');
  await new WhoAreYouForm(page).answer('Tutor or internal quality assurer (IQA)', 'Riley Quinn');
  await page.getByRole('heading', { level: 1, name: 'Who are you?' }).waitFor({ state: 'detached' });
  await importAll(page, files);
  const iqa = new IqaPage(page);
  await iqa.goto();
  await iqa.plan.getByRole('checkbox', { name: /^Łucja Wiśniewska is a new assessor/ }).waitFor();
  await expectNoAxeViolations(page, 'the sampling rounds page with the plan form');

  // A share out of range is refused beside the field.
  await iqa.plan.getByLabel(/^Share of each assessor’s decisions to sample/).fill('0');
  await iqa.plan.getByRole('button', { name: 'Propose a sample' }).click();
  await expect(iqa.plan.getByLabel(/^Share of each assessor’s decisions to sample/).getAttribute('aria-invalid')).resolves.toBe('true');
  await expectNoAxeViolations(page, 'the plan form with an error');

  await iqa.propose({ name: 'Interim sample, spring', share: 100, stage: 'Interim', seed: 4242 });
  const titles = await iqa.lineTitles();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  expect(titles.some((t) => t.startsWith('Zoë Brontë — '))).toBe(true);
  expect(titles.some((t) => t.startsWith('Amir Haddad — '))).toBe(true);
  const [agreedLine, actionLine] = titles.filter((t) => t.startsWith('Zoë Brontë — '));
  if (!agreedLine || !actionLine) throw new Error(`Zoë Brontë has fewer than two sampled decisions: ${titles.join(', ')}`);
  // Each line says why it was chosen, and the decision's signer is not confirmed on the IQA's device.
  await iqa.line(agreedLine).getByText('Chosen because:').waitFor();
  await expect(iqa.line(agreedLine).getByText('signer not confirmed').count()).resolves.toBeGreaterThan(0);
  await page.getByText('The sample meets the plan.').waitFor();

  await iqa.record(agreedLine, 'Agreed');
  await iqa.line(agreedLine).getByText('Outcome recorded and signed: Agreed.').waitFor();
  const amirLine = titles.find((t) => t.startsWith('Amir Haddad — ')) ?? '';
  await iqa.record(amirLine, 'Agreed');
  await iqa.line(amirLine).getByText('Outcome recorded and signed: Agreed.').waitFor();
  await iqa.record(actionLine, 'Assessor to action');
  await iqa.line(actionLine).getByRole('alert').filter({ hasText: 'Say what the assessor should do, or why you disagree' }).waitFor();
  await expectNoAxeViolations(page, 'the round page with an outcome form error');
  await iqa.line(actionLine).getByLabel('Comment to the assessor').fill('Say in the feedback which policy the learner followed.');
  await iqa.line(actionLine).getByRole('button', { name: 'Record the outcome' }).click();
  await iqa.line(actionLine).getByText('IQA outcome: Assessor to action').waitFor();
  await expectNoAxeViolations(page, 'the round page with outcomes');

  // The round is saved as it goes: a reload keeps the sample and the outcomes.
  await page.reload();
  await iqa.line(actionLine).getByText('IQA outcome: Assessor to action').waitFor();

  const csv = await readFile((await (await iqa.downloadReportCsv()).path()) ?? '', 'utf8');
  const [header, row] = csv.split('\r\n');
  expect(header).toBe('Assessor,New assessor,Decisions,Sampled,Agreed,Assessor to action,Disagreed,Awaiting an outcome,Plan met');
  expect(row).toMatch(/^Łucja Wiśniewska,no,\d+,\d+,2,1,0,\d+,yes$/);

  // The sampling record an external QA reads: the plan, each line's reason and outcome, the report, the signers.
  const pdfPath = join(dir, 'record.pdf');
  await (await iqa.downloadPdf()).saveAs(pdfPath);
  const record = squash(await pdfText(pdfPath));
  // Words any layout of the record holds (tables may wrap long cells across lines).
  for (const words of ['Interim sample, spring', '4242', 'Chosen because', 'Report per assessor', 'Assessor to action', 'Riley Quinn', 'Amir Haddad', 'Łucja Wiśniewska']) {
    expect(record).toContain(words);
  }

  const iqaFile = join(dir, 'round.folio-iqa');
  await (await iqa.exportIqaFile()).saveAs(iqaFile);

  // ── The assessor's device ───────────────────────────────────────────────────────────────────────
  const other = await newProfile();
  await other.goto('/');
  await new WhoAreYouForm(other).answer('Assessor', 'Łucja Wiśniewska');
  await other.getByRole('heading', { level: 1, name: 'Your assessment queue' }).waitFor();
  await importAll(other, files.slice(0, 1));
  await other.goto('/queue');
  await other.getByText('No quality assurance outcome asks for action on this device.').waitFor();
  await other.getByLabel('IQA file', { exact: true }).setInputFiles(iqaFile);
  await other.getByText('Zoë Brontë: 2 outcomes added').waitFor();
  await other.getByText(/^Amir Haddad: not on this device \(1 outcome left out\)/).waitFor();
  const action = other.getByRole('link', { name: `${actionLine}: Assessor to action` });
  await action.waitFor();
  await other.getByText('Say in the feedback which policy the learner followed.').waitFor();
  await expectNoAxeViolations(other, 'the queue with an imported IQA file and an action');

  await action.click();
  const note = other.getByRole('region', { name: 'Quality assurance of this decision' });
  await note.waitFor();
  await note.getByText(/Riley Quinn/).waitFor();
  await note.getByText('signer not confirmed', { exact: false }).waitFor();
  await expectNoAxeViolations(other, 'the Assess screen with an IQA outcome');
});
