import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import type { UserEvent } from './support/render-app';

/** jsdom has no StorageManager: this one stands in for a browser that says no (as Firefox may, asked at a bad time). */
let persist: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
beforeEach(() => {
  localStorage.clear();
  persist = vi.fn(async () => false);
  const storage: Partial<StorageManager> = { estimate: async () => ({ usage: 1024, quota: 1024 * 1024 * 1024 }), persisted: async () => false, persist };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  localStorage.clear();
});

async function addItem(user: UserEvent, title: string) {
  await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
  await paste(user, screen.getByLabelText(/^Title/), title);
  await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'other');
  await user.click(screen.getByLabelText('External customers'));
  await paste(user, screen.getByLabelText(/^What the document is and shows/), 'A rota');
  await user.click(screen.getByRole('button', { name: 'Save evidence' }));
  await screen.findByText(`Saved ${title.startsWith('First') ? 'E001' : 'E002'}: ${title}`);
}

describe('asking the browser to keep Folio’s data', { timeout: 20_000 }, () => {
  it('is not done on opening the app, but after the first evidence saved, once; Settings shows the answer', async () => {
    const { user, router, portfolioId } = await renderPortfolioAt((p) => `/p/${p}`);
    await screen.findByRole('heading', { level: 1 });
    await router.navigate(`/p/${portfolioId}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    expect(persist).not.toHaveBeenCalled();

    await addItem(user, 'First rota');
    await waitFor(() => expect(persist).toHaveBeenCalledOnce());

    await router.navigate(`/p/${portfolioId}/evidence/new`);
    await addItem(user, 'Second rota');
    expect(persist).toHaveBeenCalledOnce();

    await router.navigate(`/p/${portfolioId}/settings`);
    const section = await screen.findByRole('region', { name: 'Storage on this device' });
    const asked = await within(section).findByText(/^Yes, on \d{1,2} \w+ \d{4}, \d{2}:\d{2}: the browser did not agree\.$/);
    expect(asked.closest('div')?.querySelector('dt')).toHaveTextContent('Folio asked the browser');
    expect(persist).toHaveBeenCalledOnce();
  });

  it('Settings says Folio has not asked yet before any evidence is saved', async () => {
    await renderPortfolioAt((p) => `/p/${p}/settings`);
    const section = await screen.findByRole('region', { name: 'Storage on this device' });
    expect(await within(section).findByText('Not yet. Folio asks once, when the first evidence item is saved on this device.')).toBeInTheDocument();
    expect(persist).not.toHaveBeenCalled();
  });
});
