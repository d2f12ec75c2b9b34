import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screens } from '../../src/app/screens';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio } from './support/seed';

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

describe('moving between screens', () => {
  it('fetches the evidence screens once the dashboard is up, and a section’s screen when its link is pointed at or focused', async () => {
    const load = (name: keyof typeof screens) => vi.spyOn(screens, name);
    const [list, editor, units, coverage] = [load('evidenceList'), load('evidenceEditor'), load('units'), load('coverage')];
    const p = await newPortfolio();
    const { user } = renderAt(`/p/${p.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await waitFor(() => {
      expect(list).toHaveBeenCalled();
      expect(editor).toHaveBeenCalled();
    });
    expect(units).not.toHaveBeenCalled();

    await user.hover(screen.getByRole('link', { name: 'Units' }));
    expect(units).toHaveBeenCalled();
    expect(coverage).not.toHaveBeenCalled();
    screen.getByRole('link', { name: 'Coverage' }).focus();
    expect(coverage).toHaveBeenCalled();
  });
});
