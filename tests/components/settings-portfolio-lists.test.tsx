import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, getPortfolio } from '../../src/db';
import { paste, renderPortfolioAt } from './support/evidence-editor';

describe('settings: the portfolio’s legislation and policies', { timeout: 20_000 }, () => {
  it('adds and removes standards and policies, refusing a repeat beside the field, with audit entries', async () => {
    const { user, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/settings`);
    const section = await screen.findByRole('region', { name: 'Standards and policies' });
    expect(within(section).getByText('None yet.')).toBeInTheDocument();
    const field = within(section).getByLabelText('Standard or policy to add');

    await paste(user, field, '  Customer charter ');
    await user.click(within(section).getByRole('button', { name: 'Add standard or policy' }));
    const list = await within(section).findByRole('list', { name: 'Your organisation’s standards and policies' });
    expect(within(list).getByText('Customer charter', { selector: '.people-list__name' })).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Added Customer charter.');
    expect(field).toHaveValue('');

    await paste(user, field, 'CUSTOMER CHARTER');
    await user.keyboard('{Enter}');
    expect(await within(section).findByText('“CUSTOMER CHARTER” is already in the list')).toHaveAttribute('role', 'alert');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect((await getPortfolio(portfolioId))?.policies).toEqual(['Customer charter']);

    await user.click(within(list).getByRole('button', { name: 'Remove Customer charter' }));
    expect(await within(section).findByText('None yet.')).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect((await getPortfolio(portfolioId))?.policies).toBeUndefined();
    const actions = (await db().audit.toArray()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['standard or policy added', 'standard or policy removed']));
  });

  it('adds an act of the learner’s own, and refuses one Folio already suggests', async () => {
    const { user, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/settings`);
    const section = await screen.findByRole('region', { name: 'Legislation' });
    expect(within(section).getByText(/besides the ones Folio suggests \(Equality Act 2010/)).toBeInTheDocument();
    const field = within(section).getByLabelText('Act to add');
    await paste(user, field, 'consumer rights act 2015');
    await user.click(within(section).getByRole('button', { name: 'Add act' }));
    expect(await within(section).findByText('“consumer rights act 2015” is already offered on every item: tick it there')).toBeInTheDocument();
    await user.clear(field);
    await paste(user, field, 'Financial Services and Markets Act 2000');
    await user.click(within(section).getByRole('button', { name: 'Add act' }));
    await within(section).findByRole('list', { name: 'Acts you added' });
    expect((await getPortfolio(portfolioId))?.legislation).toEqual(['Financial Services and Markets Act 2000']);
  });
});
