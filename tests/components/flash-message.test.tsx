import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { freshDatabase } from './support/render-app';
import { newPortfolio } from './support/seed';

describe('a flash message', { timeout: 20_000 }, () => {
  it('shows once: it stays on screen, but the history entry no longer carries it, so a reload shows nothing', async () => {
    freshDatabase();
    const portfolio = await newPortfolio();
    const entry = { pathname: `/p/${portfolio.id}/evidence`, state: { status: 'Saved E004: Mystery shopper report' } };
    const router = createMemoryRouter(routes, { initialEntries: [entry] });
    const first = render(<RouterProvider router={router} />);

    expect(await screen.findByText('Saved E004: Mystery shopper report')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(router.state.location.state).toEqual({ status: 'Saved E004: Mystery shopper report', shown: true }));
    expect(router.state.location.pathname).toBe(entry.pathname);
    expect(screen.getByText('Saved E004: Mystery shopper report')).toBeInTheDocument();
    first.unmount();

    // A reload: the same history entry, state and all, opened afresh.
    const reloaded = createMemoryRouter(routes, { initialEntries: [router.state.location] });
    render(<RouterProvider router={reloaded} />);
    expect(await screen.findByRole('heading', { name: 'Evidence', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Saved E004: Mystery shopper report')).not.toBeInTheDocument();
  });
});
