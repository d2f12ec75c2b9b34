import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPortfolioAt } from './support/evidence-editor';

const MB = 1024 * 1024;

/** jsdom has no StorageManager; these stand in for what a browser answers. */
function giveBrowserStorage(storage: Partial<StorageManager>) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

async function openStorage() {
  const opened = await renderPortfolioAt((p) => `/p/${p}/settings`);
  const section = await screen.findByRole('region', { name: 'Storage on this device' });
  return { ...opened, section };
}

describe('settings: storage on this device', () => {
  it('says how much is used and may be used, that the browser may clear it, and asks it to keep it', async () => {
    let kept = false;
    const persist = vi.fn(async () => {
      kept = true;
      return true;
    });
    giveBrowserStorage({
      estimate: async () => ({ usage: 2.1 * MB, quota: 10 * 1024 * MB }),
      persisted: async () => kept,
      persist,
    });
    const { user, section } = await openStorage();

    expect(await within(section).findByText('2.1 MB used of about 10 GB available')).toBeInTheDocument();
    expect(within(section).getByText(/^Not yet\. The browser may clear Folio’s data/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(within(section).getByRole('status')).toHaveTextContent('The browser has agreed to keep Folio’s data.');
    expect(within(section).getByText(/^Yes\. The browser has agreed/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Ask the browser to keep it' })).not.toBeInTheDocument();
  });

  it('says so when the browser will not keep it after being asked', async () => {
    giveBrowserStorage({
      estimate: async () => ({ usage: 512 * 1024, quota: 3 * 1024 * MB + 300 * MB }),
      persisted: async () => false,
      persist: async () => false,
    });
    const { user, section } = await openStorage();

    expect(await within(section).findByText('512.0 KB used of about 3.3 GB available')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await within(section).findByText(/^The browser has not agreed\./)).toBeInTheDocument();
    expect(within(section).getByText(/^Not yet\./)).toBeInTheDocument();
  });

  it('works without the Storage API and still points to the .folio export as the backup', async () => {
    const { portfolioId, section } = await openStorage();

    expect(within(section).getByText(/This browser does not say how much space Folio uses/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(section).toHaveTextContent(/Export a portfolio file \(\.folio\) regularly and keep it somewhere else/);
    expect(within(section).getByRole('link', { name: 'Export a portfolio file' })).toHaveAttribute('href', `/p/${portfolioId}/export`);
  });
});
