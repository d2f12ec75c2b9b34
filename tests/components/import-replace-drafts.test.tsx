import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, draftsOf, saveDraft, writeSnapshot } from '../../src/db';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { standInImportWorker } from './support/in-process-worker';
import { freshDatabase, renderAt } from './support/render-app';

const now = '2026-11-22T09:00:00.000Z';
beforeEach(freshDatabase);
standInImportWorker();

/** The demo portfolio without attachments: in jsdom a stored Blob comes back empty (GUIDE §9). */
const portfolio = async (): Promise<PortfolioSnapshot> => ({ ...(await buildDemoSnapshot({ now, newId: () => crypto.randomUUID() })), attachments: [] });

/** The device holds the portfolio with two unsaved drafts; the file holds the same portfolio, changed elsewhere. */
async function conflictWithDrafts() {
  const original = (await portfolio());
  await writeSnapshot(original, { replace: false });
  const edited = original.evidence[3];
  if (!edited) throw new Error('the demo should hold four items');
  await saveDraft(original.portfolio.id, edited.id, { form: { title: 'Late refund, with the manager’s reply' }, pending: [], removedIds: [] });
  await saveDraft(original.portfolio.id, undefined, { form: { title: 'Mystery shopper visit' }, pending: [], removedIds: [] });
  const changed = { ...original, portfolio: { ...original.portfolio, updatedAt: '2026-11-22T08:00:00.000Z' } };
  const bytes = await encodeFolio(changed, { appVersion: '0.1.0', now });
  const { router, user } = renderAt('/import');
  await user.upload(screen.getByLabelText('Choose a .folio file'), new File([bytes as Uint8Array<ArrayBuffer>], 'jordan.folio'));
  const ready = await screen.findByRole('region', { name: 'Ready to import' });
  await user.click(within(ready).getByRole('button', { name: 'Import' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'This portfolio is already on this device' });
  return { original, edited, router, user, dialog };
}

describe('replacing a portfolio that has unsaved drafts on this device', { timeout: 20_000 }, () => {
  it('draftsOf names each draft by reference and title, or as a new item', async () => {
    const original = (await portfolio());
    await writeSnapshot(original, { replace: false });
    const item = original.evidence[0];
    if (!item) throw new Error('the demo should hold evidence');
    await saveDraft(original.portfolio.id, item.id, { form: { title: '' }, pending: [], removedIds: [] });
    await saveDraft(original.portfolio.id, undefined, { form: { title: 'Mystery shopper visit' }, pending: [], removedIds: [] });
    await saveDraft('another-portfolio', undefined, { form: { title: 'Not this one' }, pending: [], removedIds: [] });
    const drafts = await draftsOf(original.portfolio.id);
    expect(drafts.map((d) => [d.ref, d.title])).toEqual(
      expect.arrayContaining([
        [item.ref, item.title],
        [undefined, 'Mystery shopper visit'],
      ]),
    );
    expect(drafts).toHaveLength(2);
  });

  it('the question lists the drafts it would delete, and says how to keep them', async () => {
    const { edited, dialog } = await conflictWithDrafts();
    const list = await within(dialog).findByRole('list', { name: /Replacing also deletes 2 sets of unsaved changes on this device/ });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${edited.ref} “Late refund, with the manager’s reply”: changes made on \\d+ \\w+ \\d{4}, \\d{2}:\\d{2}, never saved$`)),
      expect.stringMatching(/^A new item, “Mystery shopper visit”: started on .+, never saved$/),
    ]));
    expect(dialog).toHaveTextContent('To keep them, choose Keep both, or Cancel, then open each one and save it before you import.');
  });

  it('Replace then deletes them, as it said', async () => {
    const first = await conflictWithDrafts();
    await within(first.dialog).findByRole('list', { name: /unsaved changes/ });
    await first.user.click(within(first.dialog).getByRole('button', { name: 'Replace the one on this device' }));
    await waitFor(() => expect(first.router.state.location.pathname).toBe(`/p/${first.original.portfolio.id}`));
    expect(await db().drafts.count()).toBe(0);
  });

  it('Keep both leaves the drafts with the device’s copy', async () => {
    const { original, router, user, dialog } = await conflictWithDrafts();
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/import'));
    expect((await draftsOf(original.portfolio.id)).map((d) => d.title).sort()).toEqual(['Late refund, with the manager’s reply', 'Mystery shopper visit']);
  });

  it('says nothing about drafts when there are none', async () => {
    const original = (await portfolio());
    await writeSnapshot(original, { replace: false });
    const bytes = await encodeFolio({ ...original, portfolio: { ...original.portfolio, updatedAt: '2026-11-22T08:00:00.000Z' } }, { appVersion: '0.1.0', now });
    const { user } = renderAt('/import');
    await user.upload(screen.getByLabelText('Choose a .folio file'), new File([bytes as Uint8Array<ArrayBuffer>], 'jordan.folio'));
    await user.click(within(await screen.findByRole('region', { name: 'Ready to import' })).getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This portfolio is already on this device' });
    expect(dialog).not.toHaveTextContent('unsaved changes');
  });
});
