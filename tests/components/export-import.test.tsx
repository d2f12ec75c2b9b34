import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, getPortfolio, writeSnapshot } from '../../src/db';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { overlappingBomb } from '../../src/cli/lib/hostile-zip';
import { InProcessWorker, standInImportWorker } from './support/in-process-worker';
import { freshDatabase, renderAt, type UserEvent } from './support/render-app';

const now = '2026-11-22T09:00:00.000Z';

beforeEach(freshDatabase);
standInImportWorker();

/** The demo portfolio without attachments: in jsdom a stored Blob comes back empty (GUIDE §9). */
async function portfolio(): Promise<PortfolioSnapshot> {
  return { ...(await buildDemoSnapshot({ now, newId: () => crypto.randomUUID() })), attachments: [] };
}

async function folioFile(snapshot: PortfolioSnapshot, name = 'jordan.folio'): Promise<File> {
  const bytes = await encodeFolio(snapshot, { appVersion: '0.1.0', now });
  return new File([bytes as Uint8Array<ArrayBuffer>], name);
}

/** Every row of every table: "nothing changed" means this is equal before and after. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) out[table.name] = await table.toArray();
  return out;
}

const openImportPage = () => renderAt('/import');

async function choose(user: UserEvent, file: File) {
  await user.upload(screen.getByLabelText('Choose a .folio file'), file);
}

describe('Import page', () => {
  it('is reached from the home page', async () => {
    const { user } = renderAt('/');
    await user.click(await screen.findByRole('link', { name: 'Open a portfolio file (.folio)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Open a portfolio file' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose a .folio file' })).toBeEnabled();
  });

  it('refuses a file of random bytes, says why, and changes nothing', async () => {
    await writeSnapshot((await portfolio()), { replace: false });
    const before = await dump();
    const { user } = openImportPage();
    const junk = new File([crypto.getRandomValues(new Uint8Array(4096))], 'holiday.folio');
    await choose(user, junk);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('holiday.folio cannot be imported.');
    expect(alert).toHaveTextContent('This is not a Folio portfolio file: it is not a zip archive at all.');
    expect(alert).toHaveTextContent('Nothing on this device was changed.');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(await dump()).toEqual(before);
  });

  it('checks the file in the import worker, never on the page', async () => {
    const { user } = openImportPage();
    await choose(user, await folioFile((await portfolio())));
    await screen.findByRole('region', { name: 'Ready to import' });
    const [worker] = InProcessWorker.created;
    expect(String(worker?.url)).toMatch(/import-worker\.ts/);
    expect(worker?.options).toMatchObject({ type: 'module' });
    expect(worker?.requests).toHaveLength(1);
    // One worker per check, stopped as soon as it answered.
    expect(worker?.terminated).toBe(true);
  });

  it('shows progress while checking, and Cancel stops the check, returns to choosing a file and changes nothing', async () => {
    await writeSnapshot((await portfolio()), { replace: false });
    const before = await dump();
    let released = false;
    InProcessWorker.decode = async (_bytes, options) => {
      options?.onProgress?.(1024 * 1024, 4 * 1024 * 1024);
      // A check that would go on for a long time: it only ends if the test lets it.
      await vi.waitUntil(() => released, { timeout: 60_000, interval: 20 });
      return decodeFolio(_bytes, options);
    };
    const { user } = openImportPage();
    await choose(user, await folioFile((await portfolio()), 'slow.folio'));

    const bar = await screen.findByRole('progressbar', { name: 'Checking slow.folio: 1.0 MB of 4.0 MB unpacked' });
    expect(bar).toHaveAttribute('value', String(1024 * 1024));
    expect(screen.getByRole('button', { name: 'Choose a .folio file' })).toBeDisabled();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.click(cancel);

    expect(InProcessWorker.created[0]?.terminated).toBe(true);
    expect(await screen.findByRole('status')).toHaveTextContent('Cancelled — nothing on this device was changed.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose a .folio file' })).toBeEnabled();
    released = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('region', { name: 'Ready to import' })).not.toBeInTheDocument();
    expect(await dump()).toEqual(before);
  });

  it('lets a file unpack to no more than the storage space the browser says is free', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { estimate: () => Promise.resolve({ quota: 50_000, usage: 30_000 }) } });
    const { user } = openImportPage();
    await choose(user, await folioFile((await portfolio()), 'full-phone.folio'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('full-phone.folio cannot be imported. This file unpacks to more than the limit of 19.5 KB, so it was not opened.');
    expect(alert).toHaveTextContent('or the storage space this device has free if that is less');
    expect(InProcessWorker.created[0]?.requests[0]?.limits).toEqual({ maxBytes: 200 * 1024 * 1024, maxUnzippedBytes: 20_000 });
    expect(await db().portfolios.count()).toBe(0);
  });

  it('refuses a zip bomb whose entries share one stream, saying so, and changes nothing', async () => {
    await writeSnapshot((await portfolio()), { replace: false });
    const before = await dump();
    const { user } = openImportPage();
    await choose(user, new File([overlappingBomb(2_000, 1024 * 1024) as Uint8Array<ArrayBuffer>], 'bomb.folio'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bomb.folio cannot be imported.');
    expect(alert).toHaveTextContent('its zip has entries that share the same bytes');
    expect(await dump()).toEqual(before);
  });

  it('refuses a damaged portfolio file with the checksum message', async () => {
    const files = unzipSync(await encodeFolio((await portfolio()), { appVersion: '0.1.0', now }));
    // The data changed after export (one name edited), the manifest's checksums did not.
    const data = strFromU8(files['portfolio.json'] ?? new Uint8Array());
    const damaged = zipSync({ ...files, 'portfolio.json': strToU8(data.replace('"learnerName":"', '"learnerName":"X')) });
    const { user } = openImportPage();
    await choose(user, new File([damaged], 'damaged.folio'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file failed its checksum for portfolio.json');
    expect(await db().portfolios.count()).toBe(0);
  });

  it('shows what a valid file holds, imports it, and opens its dashboard', async () => {
    const snapshot = (await portfolio());
    const { router, user } = openImportPage();
    await choose(user, await folioFile(snapshot));

    const ready = await screen.findByRole('region', { name: 'Ready to import' });
    const facts = within(ready);
    expect(facts.getByText('Learner').nextElementSibling).toHaveTextContent(`${snapshot.portfolio.learnerName} (${snapshot.portfolio.learnerNumber})`);
    expect(facts.getByText('Evidence items').nextElementSibling).toHaveTextContent(String(snapshot.evidence.length));
    expect(facts.getByText('Attachments').nextElementSibling).toHaveTextContent('None');
    expect(facts.getByText('Exported').nextElementSibling).toHaveTextContent('22 November 2026, 09:00');
    // Checking wrote nothing: only Import does.
    expect(await db().portfolios.count()).toBe(0);

    await user.click(facts.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${snapshot.portfolio.id}`));
    expect(router.state.location.state).toEqual({ status: `${snapshot.portfolio.learnerName}’s portfolio was imported.` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === `${snapshot.portfolio.learnerName}’s portfolio was imported.`)).toBe(true);
    expect(await getPortfolio(snapshot.portfolio.id)).toEqual(snapshot.portfolio);
    expect(await db().evidence.where('portfolioId').equals(snapshot.portfolio.id).count()).toBe(snapshot.evidence.length);
  });

  it('takes a file dropped on the drop zone', async () => {
    const snapshot = (await portfolio());
    openImportPage();
    const zone = screen.getByText('Drag a .folio file here, or').parentElement;
    if (!zone) throw new Error('no drop zone');
    const file = await folioFile(snapshot, 'dropped.folio');
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(await screen.findByText('dropped.folio was checked and is a complete portfolio file.')).toBeInTheDocument();
  });

  describe('when the portfolio is already on this device', () => {
    async function readyWithConflict() {
      const original = (await portfolio());
      await writeSnapshot(original, { replace: false });
      const changed: PortfolioSnapshot = {
        ...original,
        portfolio: { ...original.portfolio, centre: 'Harbour Building Society, Leeds branch', updatedAt: '2026-11-22T08:00:00.000Z' },
        evidence: original.evidence.slice(0, 5),
        mappings: original.mappings.filter((m) => original.evidence.slice(0, 5).some((e) => e.id === m.evidenceId)),
        decisions: [],
      };
      const { router, user } = openImportPage();
      await choose(user, await folioFile(changed));
      const ready = await screen.findByRole('region', { name: 'Ready to import' });
      expect(ready).toHaveTextContent('This device already has this portfolio');
      await user.click(within(ready).getByRole('button', { name: 'Import' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'This portfolio is already on this device' });
      return { original, changed, router, user, dialog };
    }

    it('asks first, and Cancel leaves everything as it was', async () => {
      const { user, dialog } = await readyWithConflict();
      const before = await dump();
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      expect(dialog).toHaveTextContent('holds 5 evidence items');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(await dump()).toEqual(before);
    });

    it('Escape also cancels', async () => {
      const { user } = await readyWithConflict();
      const before = await dump();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(await dump()).toEqual(before);
    });

    it('replaces the device’s copy when asked', async () => {
      const { original, changed, router, user, dialog } = await readyWithConflict();
      await user.click(within(dialog).getByRole('button', { name: 'Replace the one on this device' }));
      await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${original.portfolio.id}`));
      expect(await db().portfolios.count()).toBe(1);
      expect(await getPortfolio(original.portfolio.id)).toEqual(changed.portfolio);
      expect(await db().evidence.where('portfolioId').equals(original.portfolio.id).count()).toBe(5);
    });

    it('keeps both when asked: the device’s copy untouched, the file’s under a new id', async () => {
      const { original, router, user, dialog } = await readyWithConflict();
      const before = await getPortfolio(original.portfolio.id);
      await user.click(within(dialog).getByRole('button', { name: 'Keep both' }));
      await waitFor(() => expect(router.state.location.pathname).not.toBe('/import'));
      const newId = router.state.location.pathname.replace('/p/', '');
      expect(newId).not.toBe(original.portfolio.id);
      expect(await db().portfolios.count()).toBe(2);
      expect(await getPortfolio(original.portfolio.id)).toEqual(before);
      expect(await db().evidence.where('portfolioId').equals(original.portfolio.id).count()).toBe(original.evidence.length);
      expect((await getPortfolio(newId))?.centre).toBe('Harbour Building Society, Leeds branch');
      expect(await db().evidence.where('portfolioId').equals(newId).count()).toBe(5);
    });
  });
});
