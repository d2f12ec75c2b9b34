import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPortfolio, listEvidence, listMappings, listPortfolios } from '../../src/db';
import { renderPortfolioAt } from './support/evidence-editor';
import { seedIdentity } from './support/identity';
import { seedItem } from './support/seed';

async function openSettingsWithEvidence() {
  const opened = await renderPortfolioAt(
    (p) => `/p/${p}/settings`,
    async (p) => {
      // Deleting returns to the portfolio list, which comes after the first run's "Who are you?".
      await seedIdentity();
      await seedItem(p, { title: 'Complaint log' }, [{ markingPointId: 'EXT-3', rationale: 'Shows the complaint cycle.' }]);
    },
  );
  const section = await screen.findByRole('region', { name: 'Delete this portfolio' });
  return { ...opened, section };
}

describe('settings: delete this portfolio', () => {
  it('asks first, naming the learner and what goes, then deletes everything and says so on the home page', async () => {
    const { portfolioId, user, router, section } = await openSettingsWithEvidence();
    await user.click(within(section).getByRole('button', { name: 'Delete this portfolio' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Delete Zoë Brontë’s portfolio?' });
    expect(dialog).toHaveAccessibleDescription(/evidence item, attachment, mapping and assessor decision/);
    expect(dialog).toHaveAccessibleDescription(/export a portfolio file first/);
    expect(await getPortfolio(portfolioId)).toBeDefined();

    await user.click(within(dialog).getByRole('button', { name: 'Delete portfolio' }));

    expect(await screen.findByText('Zoë Brontë’s portfolio was deleted from this device.')).toHaveAttribute('role', 'status');
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Folio' })).toBeInTheDocument();
    expect(await listPortfolios()).toEqual([]);
    expect(await listEvidence(portfolioId)).toEqual([]);
    expect(await listMappings(portfolioId)).toEqual([]);
  });

  it('keeps the portfolio when the question is answered "Keep it" or Escape', async () => {
    const { portfolioId, user, router, section } = await openSettingsWithEvidence();
    const button = within(section).getByRole('button', { name: 'Delete this portfolio' });

    await user.click(button);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    expect(router.state.location.pathname).toBe(`/p/${portfolioId}/settings`);
    expect(await getPortfolio(portfolioId)).toMatchObject({ learnerName: 'Zoë Brontë' });
    expect(await listEvidence(portfolioId)).toHaveLength(1);
    expect(await listMappings(portfolioId)).toHaveLength(1);
  });
});
