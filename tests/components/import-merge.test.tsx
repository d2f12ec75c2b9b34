import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, writeSnapshot } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { versionHashes } from '../../src/domain/evidence-hash';
import { redactSnapshot } from '../../src/domain/privacy/redact-snapshot';
import type { PortfolioRecord } from '../../src/domain/records';
import type { Decision } from '../../src/domain/schemas';
import { generateSigningKey, signRecord } from '../../src/domain/signing';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generatePortfolio } from '../../src/samples/generate';
import { editedElsewhere } from '../fixtures/edited-elsewhere';
import { standInImportWorker } from './support/in-process-worker';
import { freshDatabase, renderAt, type UserEvent } from './support/render-app';

const now = '2026-11-22T09:00:00.000Z';
const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };

beforeEach(freshDatabase);
standInImportWorker();

/** A learner's portfolio without attachments (in jsdom a stored Blob comes back empty) or decisions. */
async function learnerCopy(): Promise<PortfolioSnapshot> {
  return { ...(await generatePortfolio({ items: 5, seed: 8, now, imageEvery: 0 })), decisions: [] };
}

/** The assessor's return: two signed decisions and a comment. */
async function returnOf(sent: PortfolioSnapshot): Promise<PortfolioSnapshot> {
  const key = await generateSigningKey();
  const points = [...new Set(sent.mappings.map((m) => m.markingPointId))].slice(0, 2);
  const decisions: Decision[] = await Promise.all(
    points.map((point, i) =>
      signRecord<Decision>({ id: `d-${i}`, portfolioId: sent.portfolio.id, markingPointId: point, outcome: 'met', feedback: '', methods: ['observation'], basedOn: [], assessor, decidedAt: '2026-11-23T10:00:00.000Z' }, key),
    ),
  );
  const item = sent.evidence[0];
  if (!item) throw new Error('no evidence');
  const comment: PortfolioRecord = { id: 'c-1', portfolioId: sent.portfolio.id, type: 'comment', at: '2026-11-23T10:00:00.000Z', by: assessor, evidenceId: item.id, versionId: item.versionId, text: 'Well put.' };
  return { ...sent, decisions, records: [comment], keys: [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, createdAt: now }] };
}

async function upload(user: UserEvent, snapshot: PortfolioSnapshot, name = 'return.folio') {
  const bytes = await encodeFolio(snapshot, { appVersion: '0.2.0', now });
  await user.upload(screen.getByLabelText('Choose a .folio file'), new File([bytes as Uint8Array<ArrayBuffer>], name));
  return screen.findByRole('region', { name: 'Ready to import' });
}

describe('importing a portfolio that is already on this device', { timeout: 20_000 }, () => {
  it('merges by default, says what was added, and the same file again says nothing changed', async () => {
    const sent = await learnerCopy();
    await writeSnapshot(sent, { replace: false });
    const file = await returnOf(sent);
    const { user } = renderAt('/import');
    const ready = await upload(user, file);
    expect(ready).toHaveTextContent('This device already has this portfolio');
    expect(ready).toHaveTextContent(`Saved versions of evidence${file.versions.length}`);
    expect(ready).toHaveTextContent('Comments, sign-offs and other records1');
    await user.click(within(ready).getByRole('button', { name: 'Merge into the portfolio on this device' }));

    const merged = await screen.findByRole('region', { name: 'Merged' });
    expect(within(merged).getByRole('status')).toHaveTextContent(`The file was merged into ${sent.portfolio.learnerName}’s portfolio on this device.`);
    const added = within(merged).getByRole('list', { name: 'Added from the file:' });
    expect(within(added).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2 assessor decisions', '1 comment']);
    expect(within(merged).getByRole('link', { name: 'Open the portfolio' })).toHaveAttribute('href', `/p/${sent.portfolio.id}`);
    expect(await db().decisions.count()).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Choose a .folio file' }));
    const again = await upload(user, file, 'return-again.folio');
    await user.click(within(again).getByRole('button', { name: 'Merge into the portfolio on this device' }));
    const nothing = await screen.findByRole('region', { name: 'Nothing new in this file' });
    expect(within(nothing).getByRole('status')).toHaveTextContent('Nothing changed: this device already had everything in this file');
    expect(await db().decisions.count()).toBe(2);
  });

  it('shows an item changed on both devices with both versions side by side', async () => {
    const sent = await learnerCopy();
    await writeSnapshot(sent, { replace: false });
    const item = sent.evidence[0];
    if (!item) throw new Error('no evidence');
    const mappings = sent.mappings.filter((m) => m.evidenceId === item.id);
    const { title: _t, kind, date, customerType, fields, reflection, tags } = item;
    await saveEvidence({ portfolioId: sent.portfolio.id, evidenceId: item.id, input: { title: 'Title changed here', kind, date, customerType, fields, reflection, tags }, mappings });
    const other = await editedElsewhere(sent, item.id, { versionId: 'there-v2', title: 'Title changed there', savedAt: '2020-01-01T00:00:00.000Z' });
    const { user } = renderAt('/import');
    const ready = await upload(user, other);
    await user.click(within(ready).getByRole('button', { name: 'Merge into the portfolio on this device' }));
    const needs = await screen.findByRole('group', { name: 'One item needs your eye' });
    expect(needs).toHaveTextContent(`${item.ref} was changed on two devices. Both versions are kept`);
    const table = within(needs).getByRole('table', { name: `The versions of ${item.ref}, newest first` });
    const titleRow = within(table).getByRole('row', { name: /^Title/ });
    expect(within(titleRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Title changed here', 'Title changed there']);
  });

  it('refuses Replace while this device holds decisions it never sent, and says what Keep both costs a signed file', async () => {
    const sent = await learnerCopy();
    // The assessor's device: it holds its decisions, never exported. The learner's newer file has none of them.
    await writeSnapshot(await returnOf(sent), { replace: false });
    const { user, view } = renderAt('/import');
    const ready = await upload(user, sent, 'learner.folio');
    await user.click(within(ready).getByRole('button', { name: 'Replace or keep both…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This portfolio is already on this device' });
    expect(dialog).toHaveTextContent('You cannot replace it now. This device holds 2 assessor decisions and 1 other record (comments, sign-offs, ready marks or deletions) made since it last sent this portfolio');
    expect(dialog).toHaveTextContent('Export the portfolio first and send it, or merge the file instead.');
    expect(within(dialog).queryByRole('button', { name: 'Replace the one on this device' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Keep both' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    view.unmount();

    // The other way round: the file is the signed one.
    freshDatabase();
    await writeSnapshot(sent, { replace: false });
    const second = renderAt('/import');
    const signedReady = await upload(second.user, await returnOf(sent));
    await second.user.click(within(signedReady).getByRole('button', { name: 'Replace or keep both…' }));
    const signedDialog = await screen.findByRole('alertdialog', { name: 'This portfolio is already on this device' });
    expect(signedDialog).toHaveTextContent('If you keep both: This file holds signed decisions or records. A separate copy needs new ids for them');
    expect(signedDialog).toHaveTextContent('in the copy they show as unsigned, and no decision in it counts as met. Merging keeps them signed.');
    expect(within(signedDialog).getByRole('button', { name: 'Keep both' })).toBeInTheDocument();
    await waitFor(() => expect(within(signedDialog).getByRole('button', { name: 'Replace the one on this device' })).toBeInTheDocument());
  });
});

describe('importing a redacted copy of a portfolio already on this device', { timeout: 20_000 }, () => {
  it('says it is redacted, offers no Replace, and merging keeps the words as written', async () => {
    const sent = await learnerCopy();
    const item = sent.evidence[0];
    if (!item) throw new Error('no evidence');
    const marked = {
      ...sent,
      versions: sent.versions.map((v) => (v.id === item.versionId ? { ...v, content: { ...v.content, reflection: `${v.content.reflection} Rang 07700 900123.` } } : v)),
      evidence: sent.evidence.map((e) => (e.id === item.id ? { ...e, reflection: `${e.reflection} Rang 07700 900123.` } : e)),
    };
    // As stored: the hashes are the saved version's own.
    const stored = { ...marked, versions: await Promise.all(marked.versions.map(async (v) => ({ ...v, ...(await versionHashes(v.content, v.attachments.map((a) => a.sha256), v.mappings)) }))) };
    await writeSnapshot(stored, { replace: false });
    const copy = redactSnapshot(stored, () => true);
    const { user } = renderAt('/import');
    const bytes = await encodeFolio(copy.snapshot, { appVersion: '0.2.0', now, redacted: copy.redacted });
    await user.upload(screen.getByLabelText('Choose a .folio file'), new File([bytes as Uint8Array<ArrayBuffer>], 'redacted.folio'));
    const ready = await screen.findByRole('region', { name: 'Ready to import' });
    expect(ready).toHaveTextContent('This file is a redacted copy: customers’ personal details in it are masked');

    await user.click(within(ready).getByRole('button', { name: 'Replace or keep both…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('You cannot replace it now. The file is a redacted copy');
    expect(within(dialog).queryByRole('button', { name: /^Replace/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(ready).getByRole('button', { name: 'Merge into the portfolio on this device' }));
    await screen.findByRole('region', { name: /^(Merged|Nothing new in this file)$/ });
    expect((await db().evidence.get(item.id))?.reflection).toContain('Rang 07700 900123.');
    expect(JSON.stringify(await db().versions.toArray())).not.toContain('[phone number removed]');
  });
});
