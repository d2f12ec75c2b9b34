import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db, getDraft, saveDraft } from '../../src/db';
import { AUTOSAVE_DELAY_MS } from '../../src/features/evidence/use-draft-autosave';
import { emptyFormValues } from '../../src/features/evidence/form-values';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import { seedItem } from './support/seed';

const nav = () => within(screen.getByRole('navigation', { name: 'Portfolio sections' }));

describe('unsaved changes in the evidence editor', { timeout: 20_000 }, () => {
  it('asks before leaving with unsaved changes, and keeps them as a draft either way', async () => {
    const { user, router, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await paste(user, await screen.findByLabelText(/^Title/), 'Half-written complaint');

    await user.click(nav().getByRole('link', { name: 'Evidence' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('kept as a draft on this device either way');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/p/${portfolioId}/evidence/new`);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Half-written complaint');

    await user.click(nav().getByRole('link', { name: 'Evidence' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('heading', { name: 'Evidence', level: 1 });
    const draft = await getDraft(portfolioId, undefined);
    expect(draft?.values).toMatchObject({ form: { title: 'Half-written complaint' } });
  });

  it('leaves without asking when nothing was changed', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByLabelText(/^Title/);
    await user.click(nav().getByRole('link', { name: 'Evidence' }));
    await screen.findByRole('heading', { name: 'Evidence', level: 1 });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db().drafts.count()).toBe(0);
  });

  it('saves a draft by itself a moment after typing stops', async () => {
    const { user, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await user.type(await screen.findByLabelText('Reflection'), 'I listened first');
    await waitFor(async () => expect((await getDraft(portfolioId, undefined))?.values).toMatchObject({ form: { reflection: 'I listened first' } }), { timeout: 4000 });
  });

  it('writes the draft at once when the page is hidden', async () => {
    const { user, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await user.type(await screen.findByLabelText(/^Title/), 'Closing the tab');
    const typedAt = performance.now();
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await getDraft(portfolioId, undefined)).toBeDefined(), { interval: 10 });
    expect(performance.now() - typedAt).toBeLessThan(AUTOSAVE_DELAY_MS);
  });

  it('offers to restore a draft newer than the item, or to discard it', async () => {
    let id = '';
    const { user, router, portfolioId } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        const item = await seedItem(p, { title: 'Saved title' });
        id = item.id;
        await saveDraft(p, item.id, { form: { ...emptyFormValues('2026-03-02'), title: 'Draft title', kind: 'other', customerType: 'external', fields: { description: 'A document' } }, pending: [], removedIds: [] });
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E001 Saved title' }));
    const offer = await screen.findByRole('region', { name: 'You have unsaved changes' });
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Saved title');
    await user.click(within(offer).getByRole('button', { name: /^Restore unsaved changes from \d{1,2} \w+ \d{4}/ }));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Draft title');
    expect(screen.queryByRole('region', { name: 'You have unsaved changes' })).not.toBeInTheDocument();

    // Restored changes are still unsaved: leaving asks, then discarding them on the next visit.
    await user.click(nav().getByRole('link', { name: 'Evidence' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('heading', { name: 'Evidence', level: 1 });
    await router.navigate(`/p/${portfolioId}/evidence/${id}`);
    await user.click(within(await screen.findByRole('region', { name: 'You have unsaved changes' })).getByRole('button', { name: 'Discard' }));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Saved title');
    await waitFor(async () => expect(await getDraft(portfolioId, id)).toBeUndefined());
  });

  it('shows a full device’s storage error on save and keeps what was typed', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await user.type(await screen.findByLabelText(/^Title/), 'Big photo');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'other');
    await user.click(screen.getByLabelText('External customers'));
    await user.type(screen.getByLabelText(/^What the document is and shows/), 'A photo');
    // The browser refuses the write, as it does when the device's storage quota is used up.
    const refuse = vi.spyOn(db(), 'transaction').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    expect(await screen.findByText(/This device has run out of storage space for Folio, so nothing was saved/)).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Big photo');
    refuse.mockRestore();
    expect(await db().evidence.count()).toBe(0);
  });
});
