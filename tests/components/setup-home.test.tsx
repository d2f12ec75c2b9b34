import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, listEvidence, listPortfolios } from '../../src/db';
import { errorOf } from './support/fields';
import { freshDatabase, renderAt } from './support/render-app';
import { seedIdentity } from './support/identity';
import { seedItem } from './support/seed';

// The first run's "Who are you?" comes before this screen (tests/components/you.test.tsx); here it is answered.
beforeEach(async () => {
  freshDatabase();
  await seedIdentity();
});

const person = {
  learnerName: 'Łucja Wiśniewska',
  learnerNumber: 'L3-7781',
  centre: 'Northgate Lettings Ltd',
  assessorName: 'Priya Natarajan',
  startDate: '2026-09-01',
};

describe('first run', () => {
  it('explains Folio, offers the demo and a portfolio file, and shows what to fix on an empty submit', async () => {
    const { user, router } = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Folio' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the demo portfolio' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open a portfolio file (.folio)' })).toHaveAttribute('href', '/import');

    const form = screen.getByRole('form', { name: 'Create your portfolio' });
    await user.click(within(form).getByRole('button', { name: 'Create portfolio' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter the learner’s name',
      'Enter the learner number',
      'Enter the centre or employer',
      'Enter the assessor’s name',
    ]);
    expect(errorOf(within(form).getByLabelText(/^Learner name/))).toBe('Enter the learner’s name');
    expect(errorOf(within(form).getByLabelText(/^Centre or employer/))).toBe('Enter the centre or employer');
    // The start date is filled in with today, so it is not in error.
    expect(errorOf(within(form).getByLabelText(/^Start date/))).toBeNull();

    // A link in the summary takes focus to its field.
    await user.click(within(summary).getByRole('link', { name: 'Enter the learner number' }));
    expect(within(form).getByLabelText(/^Learner number/)).toHaveFocus();

    expect(await listPortfolios()).toEqual([]);
    expect(router.state.location.pathname).toBe('/');
  });

  it('creates the portfolio and opens its dashboard', async () => {
    const { user, router } = renderAt('/');
    const form = await screen.findByRole('form', { name: 'Create your portfolio' });
    await user.type(within(form).getByLabelText(/^Learner name/), person.learnerName);
    await user.type(within(form).getByLabelText(/^Learner number/), '   ');
    await user.type(within(form).getByLabelText(/^Centre or employer/), person.centre);
    await user.type(within(form).getByLabelText(/^Assessor’s name/), person.assessorName);
    await user.clear(within(form).getByLabelText(/^Start date/));
    await user.type(within(form).getByLabelText(/^Start date/), person.startDate);
    await user.click(within(form).getByRole('button', { name: 'Create portfolio' }));

    // Spaces alone are not a learner number.
    const number = within(form).getByLabelText(/^Learner number/);
    expect(errorOf(number)).toBe('Enter the learner number');
    expect(errorOf(within(form).getByLabelText(/^Learner name/))).toBeNull();
    await user.type(number, person.learnerNumber);
    await user.click(within(form).getByRole('button', { name: 'Create portfolio' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const [saved] = await listPortfolios();
    expect(saved).toMatchObject({ ...person, learnerNumber: person.learnerNumber });
    expect(router.state.location.pathname).toBe(`/p/${saved?.id}`);
    expect(await screen.findByRole('heading', { name: 'Your portfolio is empty' })).toBeInTheDocument();
  });

  it('loads the demo portfolio and opens its dashboard, with most but not all marking points evidenced', async () => {
    const { user, router } = renderAt('/');
    await user.click(await screen.findByRole('button', { name: 'Load the demo portfolio' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();

    const portfolios = await listPortfolios();
    expect(portfolios).toHaveLength(1);
    const demo = portfolios[0];
    expect(router.state.location.pathname).toBe(`/p/${demo?.id}`);
    expect((await listEvidence(demo?.id ?? '')).length).toBeGreaterThanOrEqual(15);

    const overall = await screen.findByRole('region', { name: 'Overall progress' });
    const figure = /(\d+) of 21 marking points evidenced/.exec(overall.textContent ?? '');
    expect(Number(figure?.[1])).toBeGreaterThan(10);
    expect(Number(figure?.[1])).toBeLessThan(21);
    expect(within(screen.getByRole('region', { name: /^Gaps/ })).getAllByRole('link', { name: /^[A-Z]{3}-\d$/ }).length).toBe(21 - Number(figure?.[1]));
  });
});

describe('with portfolios on the device', () => {
  async function seedTwo() {
    const a = await createPortfolio({ ...person, learnerName: 'Zoë Brontë', learnerNumber: 'L3-0001' });
    const b = await createPortfolio({ ...person, learnerName: 'Ștefan Dumitrescu', learnerNumber: 'L3-0002' });
    await seedItem(a.id, { title: 'Complaint log', date: '2026-10-01', fields: { description: 'Log' } }, [{ markingPointId: 'EXT-3', rationale: 'Shows the complaint cycle.' }]);
    return { a, b };
  }

  it('lists each portfolio with its learner, number, centre and progress, and opens one', async () => {
    const { a } = await seedTwo();
    const { user, router } = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your portfolios' })).toBeInTheDocument();
    const zoe = screen.getByRole('heading', { level: 3, name: 'Zoë Brontë' }).closest('li') as HTMLElement;
    expect(zoe).toHaveTextContent('L3-0001');
    expect(zoe).toHaveTextContent('Northgate Lettings Ltd');
    expect(await within(zoe).findByText(/1 of 21 marking points evidenced/)).toBeInTheDocument();
    expect(within(zoe).getByRole('meter', { name: /Zoë Brontë/ })).toHaveAttribute('value', '1');
    const stefan = screen.getByRole('heading', { level: 3, name: 'Ștefan Dumitrescu' }).closest('li') as HTMLElement;
    expect(await within(stefan).findByText(/0 of 21 marking points evidenced/)).toBeInTheDocument();

    await user.click(within(zoe).getByRole('link', { name: 'Zoë Brontë' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/p/${a.id}`);
  });

  it('deletes a portfolio only after a confirmation that names the learner', async () => {
    const { a, b } = await seedTwo();
    const { user } = renderAt('/');
    await screen.findByRole('heading', { level: 3, name: 'Zoë Brontë' });
    await user.click(await screen.findByRole('button', { name: 'Delete Zoë Brontë’s portfolio' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Delete Zoë Brontë’s portfolio?' });
    expect(dialog).toHaveTextContent(/every evidence item, attachment, mapping and assessor decision/);
    expect(dialog).toHaveTextContent(/cannot be undone/);

    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect((await listPortfolios()).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());

    await user.click(screen.getByRole('button', { name: 'Delete Zoë Brontë’s portfolio' }));
    dialog = screen.getByRole('alertdialog', { name: 'Delete Zoë Brontë’s portfolio?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete portfolio' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Zoë Brontë’s portfolio was deleted from this device.');
    expect(screen.queryByRole('heading', { level: 3, name: 'Zoë Brontë' })).not.toBeInTheDocument();
    expect((await listPortfolios()).map((p) => p.id)).toEqual([b.id]);
    expect(await listEvidence(a.id)).toEqual([]);
  });

  it('opens the create form from the list', async () => {
    await seedTwo();
    const { user } = renderAt('/');
    const toggle = await screen.findByRole('button', { name: 'Create a new portfolio' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('form', { name: 'Create your portfolio' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('form', { name: 'Create your portfolio' })).toBeInTheDocument();
  });
});
