import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPeopleToRedact, setPeopleToRedact } from '../../src/db/people-to-redact';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import { errorOf } from './support/fields';

const NAME = '.people-list__name';

async function openPeople(seed?: (portfolioId: string) => Promise<void>) {
  const opened = await renderPortfolioAt((p) => `/p/${p}/settings`, seed);
  const section = await screen.findByRole('region', { name: 'People to redact' });
  return { ...opened, section, field: within(section).getByLabelText(/^Name to add/) };
}

describe('settings: people to redact', { timeout: 20_000 }, () => {
  it('says the list never leaves this device, and adds names trimmed, kept after the data is read again', async () => {
    const { user, section, field, portfolioId } = await openPeople();
    expect(within(section).getByText('This list never leaves this device.')).toBeInTheDocument();
    expect(await within(section).findByText('No names yet.')).toBeInTheDocument();

    await paste(user, field, '  Jo   Bloggs  ');
    await user.click(within(section).getByRole('button', { name: 'Add name' }));
    const list = await within(section).findByRole('list', { name: 'Names to redact' });
    expect(within(list).getByText('Jo Bloggs', { selector: NAME })).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Added Jo Bloggs.');
    expect(field).toHaveValue('');

    await paste(user, field, 'Łucja');
    await user.keyboard('{Enter}');
    await within(list).findByText('Łucja', { selector: NAME });
    expect(await getPeopleToRedact(portfolioId)).toEqual(['Jo Bloggs', 'Łucja']);
  });

  it('shows the list stored for the portfolio and removes a name, focus going back to the field', async () => {
    const { user, section, field, portfolioId } = await openPeople(async (p) => setPeopleToRedact(p, ['Jo Bloggs', 'Priya Shah']));
    const list = await within(section).findByRole('list', { name: 'Names to redact' });
    await within(list).findByText('Priya Shah', { selector: NAME });
    await user.click(within(list).getByRole('button', { name: 'Remove Jo Bloggs' }));
    await waitFor(() => expect(within(list).queryByText('Jo Bloggs', { selector: NAME })).not.toBeInTheDocument());
    expect(field).toHaveFocus();
    expect(await getPeopleToRedact(portfolioId)).toEqual(['Priya Shah']);
  });

  it('refuses a short name, a duplicate in another case and a word of the masks, beside the field, changing nothing', async () => {
    const { user, section, field, portfolioId } = await openPeople(async (p) => setPeopleToRedact(p, ['Jo Bloggs']));
    await within(section).findByRole('list', { name: 'Names to redact' });
    const add = within(section).getByRole('button', { name: 'Add name' });

    await paste(user, field, ' J ');
    await user.click(add);
    await waitFor(() => expect(errorOf(field)).toBe('Enter a name of at least 2 characters'));
    expect(field).toHaveFocus();

    await user.clear(field);
    await paste(user, field, 'JO BLOGGS');
    await user.click(add);
    await waitFor(() => expect(errorOf(field)).toBe('“JO BLOGGS” is already on the list'));

    await user.clear(field);
    await paste(user, field, 'Email');
    await user.click(add);
    await waitFor(() => expect(errorOf(field)).toBe('“Email” is a word Folio uses in place of what it removes; enter a person’s name'));

    await user.clear(field);
    await paste(user, field, 'x'.repeat(81));
    await user.click(add);
    await waitFor(() => expect(errorOf(field)).toBe('Enter a name of at most 80 characters'));

    expect(await getPeopleToRedact(portfolioId)).toEqual(['Jo Bloggs']);
  });
});
