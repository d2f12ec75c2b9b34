import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { loadIntoDevice } from '../../src/db/cohort-load';
import { encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generateCohort } from '../../src/samples/cohort';
import { InProcessWorker, standInImportWorker } from './support/in-process-worker';
import { freshDatabase, renderAt, type UserEvent } from './support/render-app';

const NOW = '2026-11-22T09:00:00.000Z';
let cohort: PortfolioSnapshot[];

beforeAll(async () => {
  cohort = await generateCohort({ learners: 4, seed: 11, now: NOW });
});
beforeEach(freshDatabase);
standInImportWorker();
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

const learner = (i: number): PortfolioSnapshot => {
  const s = cohort[i];
  if (!s) throw new Error(`no learner ${i}`);
  return s;
};

async function folioFile(snapshot: PortfolioSnapshot, name: string): Promise<File> {
  return new File([(await encodeFolio(snapshot, { appVersion: '0.1.0', now: NOW })) as Uint8Array<ArrayBuffer>], name);
}

async function chooseFiles(user: UserEvent, files: File[]) {
  await user.upload(await screen.findByLabelText('Choose .folio files'), files);
}

async function loadAll(user: UserEvent, files: File[], group?: string) {
  await chooseFiles(user, files);
  if (group) await user.type(await screen.findByLabelText('Group (optional)'), group);
  await user.click(await screen.findByRole('button', { name: `Load ${files.length} files` }));
  return screen.findByText(/^\d+ files: /, {}, { timeout: 10_000 });
}

const resultLines = () => within(screen.getByRole('list', { name: 'Result for each file' })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('Load learners’ files', () => {
  it('loads good files, refuses a bad one with its reason, and the others still load', async () => {
    const { user } = renderAt('/cohort/load');
    const junk = new File([crypto.getRandomValues(new Uint8Array(2048))], 'not-really.folio');
    const files = [await folioFile(learner(0), 'a.folio'), junk, await folioFile(learner(1), 'b.folio')];
    const summary = await loadAll(user, files, '2026 September intake');
    expect(summary).toHaveTextContent('3 files: 2 loaded, 1 refused.');
    const lines = resultLines();
    expect(lines[0]).toMatch(/^Loaded: a\.folio — .+’s portfolio is now on this device\./);
    expect(lines[1]).toContain('Refused: not-really.folio — This is not a Folio portfolio file: it is not a zip archive at all.');
    expect(lines[2]).toMatch(/^Loaded: b\.folio/);
    expect(await db().portfolios.count()).toBe(2);
    expect(screen.getByRole('link', { name: 'See the cohort' })).toHaveAttribute('href', '/cohort');
    // The learners are listed under the group given.
    const group = await screen.findByRole('region', { name: '2026 September intake, 2 learners' });
    expect(group).toHaveTextContent(learner(0).portfolio.learnerName);
  });

  it('says a learner already here is up to date, or updated by a newer file', async () => {
    await loadIntoDevice(learner(2));
    const newer: PortfolioSnapshot = {
      ...learner(3),
      records: [...learner(3).records, { id: 'later-ready', portfolioId: learner(3).portfolio.id, type: 'ready', at: '2026-11-21T09:00:00.000Z', by: { role: 'learner', name: learner(3).portfolio.learnerName }, unitId: 'IMP', ready: true }],
    };
    await loadIntoDevice(learner(3));
    const { user } = renderAt('/cohort/load');
    const summary = await loadAll(user, [await folioFile(learner(2), 'same.folio'), await folioFile(newer, 'newer.folio')]);
    expect(summary).toHaveTextContent('2 files: 1 updated, 1 already up to date.');
    expect(resultLines()[0]).toMatch(/^Already up to date: same\.folio/);
    expect(resultLines()[1]).toMatch(/^Updated: newer\.folio — Merged into .+’s portfolio/);
  });

  it('flags two portfolios that share a learner number, and keeps both', async () => {
    const twin: PortfolioSnapshot = { ...learner(1), portfolio: { ...learner(1).portfolio, learnerNumber: learner(0).portfolio.learnerNumber.toLowerCase() } };
    const { user } = renderAt('/cohort/load');
    await loadAll(user, [await folioFile(learner(0), 'a.folio'), await folioFile(twin, 'twin.folio')]);
    await waitFor(() => expect(resultLines()[1]).toContain(`Shares the learner number ${learner(0).portfolio.learnerNumber} with ${learner(0).portfolio.learnerName}`));
    expect(await db().portfolios.count()).toBe(2);
  });

  it('will not start when the files do not fit in the space the device has, and stores nothing', async () => {
    Object.defineProperty(navigator, 'storage', { value: { estimate: async () => ({ quota: 10_000, usage: 9_000 }) }, configurable: true });
    const { user } = renderAt('/cohort/load');
    await chooseFiles(user, [await folioFile(learner(0), 'a.folio'), await folioFile(learner(1), 'b.folio')]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/2 files chosen, .+ in all\. This device has only about .+ free for Folio, so they will not fit/);
    expect(screen.getByRole('button', { name: 'Load 2 files' })).toBeDisabled();
    expect(await db().portfolios.count()).toBe(0);
  });

  it('shows the space the files take against what is free when they fit', async () => {
    Object.defineProperty(navigator, 'storage', { value: { estimate: async () => ({ quota: 5e9, usage: 1e6 }) }, configurable: true });
    const { user } = renderAt('/cohort/load');
    await chooseFiles(user, [await folioFile(learner(0), 'a.folio')]);
    expect(await screen.findByText(/1 file chosen, .+ in all\. This device has about [\d.]+ GB free for Folio, so they fit\./)).toBeInTheDocument();
  });

  it('removes a learner, and a whole group, only after a confirmation that names who', async () => {
    await loadIntoDevice(learner(0), { group: 'Evening class' });
    await loadIntoDevice(learner(1), { group: 'Evening class' });
    await loadIntoDevice(learner(2));
    const { user } = renderAt('/cohort/load');
    const name2 = learner(2).portfolio.learnerName;
    await user.click(await screen.findByRole('button', { name: `Remove ${name2}` }));
    let dialog = screen.getByRole('alertdialog', { name: 'Remove 1 learner from this device?' });
    expect(dialog).toHaveTextContent(`This removes the portfolio of ${name2} from this device`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db().portfolios.count()).toBe(3);

    await user.click(screen.getByRole('button', { name: `Remove ${name2}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove 1 learner' }));
    expect(await screen.findByRole('status')).toHaveTextContent(`Removed 1 learner from this device: ${name2}.`);
    expect(await db().portfolios.count()).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Remove the group Evening class' }));
    dialog = screen.getByRole('alertdialog', { name: 'Remove 2 learners from this device?' });
    expect(dialog).toHaveTextContent(learner(0).portfolio.learnerName);
    expect(dialog).toHaveTextContent(learner(1).portfolio.learnerName);
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 learners' }));
    await waitFor(async () => expect(await db().portfolios.count()).toBe(0));
    expect(await screen.findByText('No learners yet: load their files above.')).toBeInTheDocument();
  });
});

describe('Load learners’ files, in one run', () => {
  it('two files of the same learner in one load: the first is loaded, the second merged into it, never two copies', async () => {
    const { user } = renderAt('/cohort/load');
    const summary = await loadAll(user, [await folioFile(learner(0), 'first.folio'), await folioFile(learner(0), 'copy.folio')]);
    expect(summary).toHaveTextContent('2 files: 1 loaded, 1 already up to date.');
    expect(await db().portfolios.count()).toBe(1);
  });

  it('Cancel stops after the files under way: they get their results, the rest are not loaded', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realDecode = InProcessWorker.decode;
    InProcessWorker.decode = async (bytes, options) => {
      await gate;
      return realDecode(bytes, options);
    };
    const { user } = renderAt('/cohort/load');
    const files = await Promise.all([0, 1, 2, 3].map((i) => folioFile(learner(i), `${i}.folio`)));
    await chooseFiles(user, files);
    await user.click(await screen.findByRole('button', { name: 'Load 4 files' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel).toHaveFocus());
    await user.click(cancel);
    release();
    const summary = await screen.findByText(/^Stopped after/, {}, { timeout: 10_000 });
    expect(summary).toHaveTextContent('Stopped after 2 of 4 files: 2 loaded. 2 files were not loaded.');
    expect(await db().portfolios.count()).toBe(2);
  });
});
