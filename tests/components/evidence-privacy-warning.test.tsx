import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { setPeopleToRedact } from '../../src/db/people-to-redact';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import { seedItem } from './support/seed';

const WARNING = 'This item may hold a customer’s personal data';

async function openNewReflection(seed?: (portfolioId: string) => Promise<void>) {
  const opened = await renderPortfolioAt((p) => `/p/${p}/evidence/new`, seed);
  await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
  await opened.user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
  return opened;
}

const warning = () => screen.findByRole('region', { name: WARNING });
const lines = (region: HTMLElement) => within(region).getAllByRole('listitem').map((li) => li.textContent);

describe('evidence editor: personal data warning', { timeout: 20_000 }, () => {
  it('warns of an email address and a phone number typed into fields, naming the field, and stops when they are removed', async () => {
    const { user } = await openNewReflection();
    expect(screen.queryByRole('region', { name: WARNING })).not.toBeInTheDocument();
    const situation = screen.getByLabelText(/^The situation/);
    await paste(user, situation, 'Mrs Jones (j.smith@example.com) rang about her refund.');
    await paste(user, screen.getByLabelText(/^What you did and why/), 'I called her back on 07700 900123 the same day.');

    const region = await warning();
    await waitFor(() =>
      expect(lines(region)).toEqual([
        'an email address (j.smith@example.com) in The situation',
        'a phone number (07700 900123) in What you did and why',
      ]),
    );
    expect(region).toHaveTextContent('Remove it, or keep it if it is yours (your own work email, say). Before any export, Folio lists it again and asks whether to mask it in what you send.');

    await user.clear(situation);
    await paste(user, situation, 'A customer rang about her refund.');
    await waitFor(() => expect(lines(region)).toEqual(['a phone number (07700 900123) in What you did and why']));
    await user.clear(screen.getByLabelText(/^What you did and why/));
    await paste(user, screen.getByLabelText(/^What you did and why/), 'I called her back the same day.');
    await waitFor(() => expect(screen.queryByRole('region', { name: WARNING })).not.toBeInTheDocument());
  });

  it('warns of a postcode in an attached file’s name, and stops when the file is taken off', async () => {
    const { user } = await openNewReflection();
    await user.upload(await screen.findByLabelText('Choose files or take a photo'), new File(['a,b'], 'delivery SW1A 1AA.csv', { type: 'text/csv' }));
    const region = await warning();
    await waitFor(() => expect(lines(region)).toEqual(['a postcode (SW1A 1AA) in the name of an attached file']));

    await user.click(screen.getByRole('button', { name: 'Remove delivery SW1A 1AA.csv' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: WARNING })).not.toBeInTheDocument());
  });

  it('finds a name from the learner’s "people to redact" list, and never stops the item being saved', async () => {
    const { user } = await openNewReflection(async (p) => setPeopleToRedact(p, ['Łucja Nowak']));
    await paste(user, screen.getByLabelText(/^Title/), 'Helping a customer with a late order');
    await user.click(screen.getByLabelText('External customers'));
    await paste(user, screen.getByLabelText(/^The situation/), 'ŁUCJA NOWAK asked where her order was.');
    await paste(user, screen.getByLabelText(/^What you did and why/), 'Tracked it and told her.');

    const region = await warning();
    await waitFor(() => expect(lines(region)).toEqual(['a name on your "people to redact" list (ŁUCJA NOWAK) in The situation']));

    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    expect(await screen.findByText('Saved E001: Helping a customer with a late order')).toBeInTheDocument();
    expect(await db().evidence.count()).toBe(1);
  });

  it('warns when a stored item is opened with a phone number in a tag and a postcode in its title', async () => {
    let id = '';
    await renderPortfolioAt(
      (p) => `/p/${p}/evidence/${id}`,
      async (p) => {
        id = (await seedItem(p, { title: 'Delivery to M1 1AE', tags: ['Customer charter', 'Call 020 7946 0018'] })).id;
      },
    );
    const region = await warning();
    await waitFor(() =>
      expect(lines(region)).toEqual(['a postcode (M1 1AE) in the title', 'a phone number (020 7946 0018) in a tag']),
    );
  });
});
