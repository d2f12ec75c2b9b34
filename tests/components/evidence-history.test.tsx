import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, readSnapshot } from '../../src/db';
import { deleteEvidence, saveEvidence } from '../../src/db/evidence-writes';
import { mergeIntoDevice } from '../../src/db/merge';
import { headsOf } from '../../src/domain/history';
import { makeVersion } from '../../src/domain/versions';
import { renderPortfolioAt } from './support/evidence-editor';
import { evidenceInput } from './support/seed';

/** An item saved three times here, and once more on another device from its second version, merged in. */
async function itemEditedOnTwoDevices(portfolioId: string): Promise<string> {
  const first = await saveEvidence({ portfolioId, input: evidenceInput({ title: 'Till receipt' }), mappings: [] });
  await saveEvidence({ portfolioId, evidenceId: first.id, input: evidenceInput({ title: 'Till receipt and note' }), mappings: [{ markingPointId: 'EXT-2', rationale: 'Shows the timescale met' }] });
  const copy = await readSnapshot(portfolioId);
  await saveEvidence({ portfolioId, evidenceId: first.id, input: evidenceInput({ title: 'Till receipt and note', reflection: 'Written here.' }), mappings: [{ markingPointId: 'EXT-2', rationale: 'Shows the timescale met' }] });
  const base = copy?.versions.find((v) => v.version === 2);
  if (!copy || !base) throw new Error('no copy');
  const laptop = await makeVersion({ ...base, id: 'laptop-3', version: 3, parents: [base.id], savedAt: '2099-01-01T09:00:00.000Z', content: { ...base.content, title: 'Receipt, from the laptop' } });
  await mergeIntoDevice({ ...copy, versions: [...copy.versions, laptop] });
  return first.id;
}

describe('an item’s history', { timeout: 30_000 }, () => {
  it('lists every version, shows one read-only, compares two, and settles edits from two devices without dropping either', async () => {
    let id = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        id = await itemEditedOnTwoDevices(p);
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E001 Receipt, from the laptop' }));
    await screen.findByRole('heading', { name: 'Edit E001', level: 1 });
    expect(await screen.findByText('This item was edited on two devices.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Compare them and keep one' }));
    await screen.findByRole('heading', { name: 'History of E001', level: 1 });

    const conflict = screen.getByRole('region', { name: 'Edited on two devices' });
    expect(within(conflict).getByRole('heading', { name: /^Version 3, saved 1 January 2099/ })).toBeInTheDocument();
    expect(within(conflict).getByText('Receipt, from the laptop')).toBeInTheDocument();
    expect(within(conflict).getByText('Written here.')).toBeInTheDocument();

    const list = screen.getByRole('region', { name: 'Saved versions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await user.click(within(list).getByRole('button', { name: 'View version 1' }));
    const viewed = screen.getByRole('region', { name: 'Version 1, read-only' });
    expect(within(viewed).getByText('Till receipt')).toBeInTheDocument();
    expect(within(viewed).getByText('No marking points')).toBeInTheDocument();

    const compare = screen.getByRole('region', { name: 'Compare two versions' });
    const fromSelect = within(compare).getByLabelText('From');
    await user.selectOptions(fromSelect, within(fromSelect).getByRole('option', { name: /^Version 1,/ }));
    const table = within(compare).getByRole('table', { name: /What changed from version 1 to version 3/ });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('TitleTill receiptReceipt, from the laptop');
    expect(rows).toContain('Mapping to EXT-2Not mappedShows the timescale met');

    // Keep the version saved here (the older head): a new version follows both, and both stay.
    expect(within(conflict).getByRole('button', { name: /^Keep Version 3, saved 1 January 2099, 09:00 by Zoë Brontë/ })).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: /^Keep Version 3, saved (?!1 January 2099)/ }));
    const kept = await screen.findByRole('status');
    expect(kept).toHaveTextContent('Kept version 3. Every version stays in the history below.');
    expect(kept).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edited on two devices' })).not.toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Saved versions' })).getAllByRole('listitem')).toHaveLength(5);

    const versions = await db().versions.where('evidenceId').equals(id).toArray();
    const [head, ...others] = headsOf(versions);
    expect(others).toEqual([]);
    expect(head?.parents).toHaveLength(2);
    expect(head?.content.reflection).toBe('Written here.');
    expect((await db().evidence.get(id))?.title).toBe('Till receipt and note');
  });

  it('shows an item edited elsewhere after it was deleted here, who deleted it and when, and keeps it on request', async () => {
    let id = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        const item = await saveEvidence({ portfolioId: p, input: evidenceInput({ title: 'Rota' }), mappings: [] });
        id = item.id;
        const copy = await readSnapshot(p);
        const [base] = copy?.versions ?? [];
        if (!copy || !base) throw new Error('no copy');
        const edited = await makeVersion({ ...base, id: 'tablet-2', version: 2, parents: [base.id], savedAt: '2099-02-01T09:00:00.000Z', content: { ...base.content, title: 'Rota, updated on the tablet' } });
        await deleteEvidence(item.id);
        await mergeIntoDevice({ ...copy, versions: [...copy.versions, edited] });
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E001 Rota, updated on the tablet' }));
    expect(await screen.findByText('This item was edited on another device after it was deleted here.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Compare them and keep one' }));
    const conflict = await screen.findByRole('region', { name: 'Edited after it was deleted' });
    expect(conflict).toHaveTextContent(/This item was deleted by Zoë Brontë on \d+ \w+ \d{4}, \d\d:\d\d, but it was changed on another device/);
    const keep = within(conflict).getByRole('button', { name: /^Keep Version 2, saved 1 February 2099, 09:00/ });
    expect(keep).toHaveTextContent('Keep this item');
    await user.click(keep);
    expect(await screen.findByRole('status')).toHaveTextContent('Kept version 2.');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edited after it was deleted' })).not.toBeInTheDocument());
    expect((await db().versions.where('evidenceId').equals(id).toArray()).some((v) => v.keptAfterDelete?.length === 1)).toBe(true);
    expect(await db().records.count()).toBe(1);
  });
});
