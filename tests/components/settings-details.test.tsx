import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPortfolio } from '../../src/db';
import { renderPortfolioAt } from './support/evidence-editor';
import { errorOf } from './support/fields';

const settingsOf = (portfolioId: string) => `/p/${portfolioId}/settings`;

async function openDetails() {
  const opened = await renderPortfolioAt(settingsOf);
  const form = await screen.findByRole('form', { name: 'Portfolio details' });
  const field = (label: RegExp) => within(form).getByLabelText(label);
  return { ...opened, form, field };
}

describe('settings: portfolio details', () => {
  it('is the last section in the portfolio nav', async () => {
    const { portfolioId } = await openDetails();
    const links = within(screen.getByRole('navigation', { name: 'Portfolio sections' })).getAllByRole('link');
    expect(links.at(-1)).toHaveTextContent('Settings');
    expect(links.at(-1)).toHaveAttribute('href', settingsOf(portfolioId));
    expect(links.at(-1)).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('shows the details given at the start and saves a correction, which the shell and the dashboard then show', async () => {
    const { portfolioId, user, form, field } = await openDetails();
    expect(field(/^Learner name/)).toHaveValue('Zoë Brontë');
    expect(field(/^Learner number/)).toHaveValue('L3-0042');
    expect(field(/^Centre or employer/)).toHaveValue('Northgate Leisure Centre');
    expect(field(/^Assessor’s name/)).toHaveValue('Sam Okafor');
    expect(field(/^Start date/)).toHaveValue('2026-01-12');

    await user.clear(field(/^Learner name/));
    await user.type(field(/^Learner name/), 'Zoë Brontë-Okoye');
    await user.clear(field(/^Learner number/));
    await user.type(field(/^Learner number/), '  L3-0024 ');
    await user.clear(field(/^Start date/));
    await user.type(field(/^Start date/), '2026-02-01');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));

    await within(form).findByText('Details saved.');
    expect(within(form).getByRole('status')).toHaveTextContent('Details saved.');
    expect(await getPortfolio(portfolioId)).toMatchObject({
      learnerName: 'Zoë Brontë-Okoye',
      learnerNumber: 'L3-0024',
      centre: 'Northgate Leisure Centre',
      assessorName: 'Sam Okafor',
      startDate: '2026-02-01',
    });
    // The bar at the top says whose portfolio this is, from the database.
    expect(await screen.findByText(/Zoë Brontë-Okoye · L3-0024/)).toBeInTheDocument();

    // Typing again means the last save no longer describes the form.
    await user.type(field(/^Centre or employer/), ' Ltd');
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();

    await user.click(within(screen.getByRole('navigation', { name: 'Portfolio sections' })).getByRole('link', { name: 'Dashboard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(await screen.findByText('Zoë Brontë-Okoye · Northgate Leisure Centre')).toBeInTheDocument();
  });

  it('shows what to fix next to each field and in a summary, and saves nothing', async () => {
    const { portfolioId, user, form, field } = await openDetails();
    const before = await getPortfolio(portfolioId);

    await user.clear(field(/^Learner name/));
    await user.clear(field(/^Assessor’s name/));
    await user.type(field(/^Assessor’s name/), '   ');
    await user.clear(field(/^Start date/));
    await user.click(within(form).getByRole('button', { name: 'Save details' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter the learner’s name',
      'Enter the assessor’s name',
      expect.stringMatching(/date/i),
    ]);
    expect(errorOf(field(/^Learner name/))).toBe('Enter the learner’s name');
    expect(errorOf(field(/^Assessor’s name/))).toBe('Enter the assessor’s name');
    expect(errorOf(field(/^Start date/))).toMatch(/date/i);
    expect(errorOf(field(/^Learner number/))).toBeNull();
    expect(errorOf(field(/^Centre or employer/))).toBeNull();

    await user.click(within(summary).getByRole('link', { name: 'Enter the assessor’s name' }));
    expect(field(/^Assessor’s name/)).toHaveFocus();

    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
    expect(await getPortfolio(portfolioId)).toEqual(before);
    expect(screen.getByText(/Zoë Brontë · L3-0042/)).toBeInTheDocument();
  });
});
