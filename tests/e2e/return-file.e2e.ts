import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { Decision } from '../../src/domain/schemas';
import { generateSigningKey, signRecord } from '../../src/domain/signing';
import { editFolio, rowsOf } from '../unit/folio-edit';
import { expectNoAxeViolations } from './support/axe';
import { squash } from './support/field';
import { EvidenceListPage } from './support/pages/evidence-list-page';
import { ExportPage } from './support/pages/export-page';
import { HomePage } from './support/pages/home-page';
import { ImportPage } from './support/pages/import-page';
import { testTempDir } from './support/temp-dir';
import { expect, test } from './support/test';

/*
 * Files passing between two devices (two browser profiles): a newer file merges into the copy a device
 * already holds, the same file again changes nothing, and a return file holding a decision altered
 * after it was signed (every checksum recomputed, so only the signature can tell) is refused whole.
 */

test('a newer file merges into the copy already on the other device, and the same file again changes nothing', { timeout: 180_000 }, async ({ page, newProfile }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const exportPage = new ExportPage(page, portfolioId);
  const dir = await testTempDir();
  await exportPage.goto();
  await exportPage.keepAllAsMine();
  const first = join(dir, 'first.folio');
  await (await exportPage.downloadFolio()).saveAs(first);

  const other = await newProfile();
  const importPage = new ImportPage(other);
  await importPage.goto();
  await importPage.choose(first);
  await importPage.ready.waitFor();
  await importPage.importIt();
  await other.waitForURL(/\/p\/[^/]+$/);

  // Back on the first device, the learner changes an item and sends the portfolio again.
  const editor = await new EvidenceListPage(page, portfolioId).edit('E004');
  await editor.field('Title').fill('Complaint about a late refund, resolved with the manager');
  await editor.save();
  await exportPage.goto();
  const second = join(dir, 'second.folio');
  await (await exportPage.downloadFolio()).saveAs(second);

  await importPage.goto();
  await importPage.choose(second);
  await importPage.ready.waitFor();
  expect(squash(await importPage.ready.innerText())).toContain('This device already has this portfolio');
  await importPage.mergeIt();
  await importPage.merged.waitFor();
  const merged = squash(await importPage.merged.innerText());
  expect(merged).toContain('The file was merged into');
  expect(merged).toContain('1 saved version of evidence');
  await expectNoAxeViolations(other, 'the import page after a merge that added a version');
  await importPage.merged.getByRole('link', { name: 'Open the portfolio' }).click();
  const otherList = new EvidenceListPage(other, portfolioId);
  await otherList.goto();
  await other.getByText('Complaint about a late refund, resolved with the manager').first().waitFor();

  await importPage.goto();
  await importPage.choose(second);
  await importPage.ready.waitFor();
  await importPage.mergeIt();
  await importPage.merged.waitFor();
  expect(squash(await importPage.merged.innerText())).toContain('Nothing changed: this device already had everything in this file');
});

test('a return file whose signed decision was altered is refused whole, naming the decision', { timeout: 120_000 }, async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const portfolioId = await home.loadDemo();
  const exportPage = new ExportPage(page, portfolioId);
  await exportPage.goto();
  await exportPage.keepAllAsMine();
  const dir = await testTempDir();
  const sent = join(dir, 'sent.folio');
  await (await exportPage.downloadFolio()).saveAs(sent);

  // What an assessor's device would send back: a signed decision on a point of the portfolio.
  const decoded = await decodeFolio(new Uint8Array(await readFile(sent)));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const snapshot = decoded.snapshot;
  const key = await generateSigningKey();
  const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };
  const decision = await signRecord<Decision>(
    { id: 'return-decision-1', portfolioId, markingPointId: 'EXT-1', outcome: 'partially-met', feedback: 'Add the follow-up call.', methods: ['product-evidence'], basedOn: [], assessor, decidedAt: '2026-11-20T10:00:00.000Z' },
    key,
  );
  const honest = await encodeFolio(
    { ...snapshot, decisions: [...snapshot.decisions, decision], keys: [...snapshot.keys, { fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, createdAt: '2026-11-20T10:00:00.000Z' }] },
    { appVersion: 'e2e', now: '2026-11-20T10:05:00.000Z' },
  );
  const tampered = await editFolio(honest, ({ data }) => {
    const d = rowsOf(data, 'decisions').find((row) => row.id === 'return-decision-1');
    if (d) d.outcome = 'met';
  });
  const path = join(dir, 'tampered.folio');
  await writeFile(path, tampered);

  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.choose(path);
  await importPage.refusal.waitFor();
  const refusal = squash(await importPage.refusal.innerText());
  expect(refusal).toContain('tampered.folio cannot be imported.');
  expect(refusal).toContain('This file was refused, whole: the decision on EXT-1 by Morgan Ellis, 20 November 2026 was changed after it was signed.');
  expect(refusal).toContain('Nothing on this device was changed.');
  await expectNoAxeViolations(page, 'the import page refusing a file with a broken signature');
});
