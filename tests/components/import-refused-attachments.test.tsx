import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { hostileSnapshot } from '../fixtures/hostile-folio';
import { standInImportWorker } from './support/in-process-worker';
import { freshDatabase, renderAt } from './support/render-app';

beforeEach(freshDatabase);
standInImportWorker();

/** Every row of every table: "nothing changed" means this is equal before and after. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) out[table.name] = await table.toArray();
  return out;
}

describe('Import page: a file with attachments the rules refuse', () => {
  it('lists them with item and reason, and imports everything else only after the click', async () => {
    const { snapshot, page, svg } = await hostileSnapshot();
    const bytes = await encodeFolio(snapshot, { appVersion: '0.1.0', now: '2026-11-22T09:00:00.000Z' });
    const before = await dump();
    const { user, router } = renderAt('/import');
    await user.upload(screen.getByLabelText('Choose a .folio file'), new File([bytes as Uint8Array<ArrayBuffer>], 'from-a-stranger.folio'));

    const ready = await screen.findByRole('region', { name: 'Ready to import' });
    const list = within(ready).getByRole('group', { name: '2 attachments cannot be imported' });
    const items = within(list).getAllByRole('listitem');
    const refOf = (evidenceId: string) => snapshot.evidence.find((e) => e.id === evidenceId)?.ref ?? '';
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(`till-receipt-photo-from-the-front-desk-on-a-bus…-morning.png (on ${refOf(page.evidenceId)}):`);
    expect(items[0]).toHaveTextContent('is really a web page (HTML)');
    expect(items[1]).toHaveTextContent(`logo.svg (on ${refOf(svg.evidenceId)}): logo.svg is an SVG drawing`);
    const kept = snapshot.attachments.length - 2;
    expect(within(ready).getByText('Attachments').nextElementSibling).toHaveTextContent(`${kept} file`);

    // Nothing is written while the learner reads the list.
    expect(await dump()).toEqual(before);
    await user.click(within(ready).getByRole('button', { name: 'Import without these 2 attachments' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${snapshot.portfolio.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const stored = await db().attachments.toArray();
    expect(stored.map((a) => a.name).sort()).toEqual(snapshot.attachments.filter((a) => a !== page && a !== svg).map((a) => a.name).sort());
    expect(await db().evidence.count()).toBe(snapshot.evidence.length);
  });
});
