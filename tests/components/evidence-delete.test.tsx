import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { renderPortfolioAt } from './support/evidence-editor';
import { evidenceInput, seedItem } from './support/seed';

describe('deleting evidence', { timeout: 20_000 }, () => {
  it('asks first, naming the item and what goes with it, then removes its mappings and attachments', async () => {
    let id = '';
    let keptId = '';
    const { user, router, portfolioId } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        const item = await saveEvidence({
          portfolioId: p,
          input: evidenceInput({ title: 'Till receipt and note', kind: 'other' }),
          mappings: [
            { markingPointId: 'EXT-2', rationale: 'Shows the timescale met' },
            { markingPointId: 'IMP-1', rationale: 'Data collected' },
          ],
          addAttachments: [
            { name: 'a.txt', type: 'text/plain', size: 1, sha256: 'a'.repeat(64), blob: new Blob(['a']) },
            { name: 'b.txt', type: 'text/plain', size: 1, sha256: 'b'.repeat(64), blob: new Blob(['b']) },
            { name: 'c.txt', type: 'text/plain', size: 1, sha256: 'c'.repeat(64), blob: new Blob(['c']) },
          ],
        });
        id = item.id;
        keptId = (await seedItem(p, { title: 'Another item' }, [{ markingPointId: 'EXT-2', rationale: 'Also shows it' }])).id;
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E001 Till receipt and note' }));
    await screen.findByRole('heading', { name: 'Edit E001', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Delete this item' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Delete E001: Till receipt and note?' });
    expect(dialog).toHaveTextContent('Its 2 marking point mappings and 3 attachments will be deleted with it.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db().evidence.get(id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete this item' }));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete E001' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${portfolioId}/evidence`));
    expect(await screen.findByText('Deleted E001: Till receipt and note, with its mappings and attachments')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('link', { name: /E001/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'E002 Another item' })).toBeInTheDocument();

    expect(await db().evidence.get(id)).toBeUndefined();
    expect(await db().mappings.where('evidenceId').equals(id).count()).toBe(0);
    expect(await db().attachments.where('evidenceId').equals(id).count()).toBe(0);
    expect(await db().mappings.where('evidenceId').equals(keptId).count()).toBe(1);
    expect(await db().drafts.count()).toBe(0);
  });

  it('never reuses a deleted reference', async () => {
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        await seedItem(p, { title: 'Only item' });
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E001 Only item' }));
    await user.click(await screen.findByRole('button', { name: 'Delete this item' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('It has no marking point mappings or attachments.');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete E001' }));
    await screen.findByRole('heading', { name: 'No evidence yet' });
    await user.click(screen.getAllByRole('link', { name: 'Add evidence' })[0] as HTMLElement);
    expect(await screen.findByText('It will be saved as E002.', { selector: '.page-header__lead' })).toBeInTheDocument();
  });
});
