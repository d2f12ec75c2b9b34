import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, getPortfolio } from '../../src/db';
import { addPortfolioListEntry } from '../../src/db/portfolio-lists';
import { openUnit, paste, renderPortfolioAt } from './support/evidence-editor';
import { seedItem } from './support/seed';

const group = (name: string) => screen.getByRole('group', { name });
const coach = () => screen.getByRole('region', { name: 'What an assessor would question' });

describe('factors, feedback techniques, legislation and policies in the evidence editor', { timeout: 30_000 }, () => {
  it('ticks the seed’s factors, adds the learner’s own (Enter adds, repeats refused beside the field) and saves them', async () => {
    const { user, router, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await paste(user, screen.getByLabelText(/^Title/), 'Month-end pressures');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    await user.click(screen.getByLabelText('External customers'));
    await paste(user, screen.getByLabelText(/^The situation/), 'Two staff off sick at month end');
    await paste(user, screen.getByLabelText(/^What you did and why/), 'Prioritised urgent payments');

    const factors = group('Factors that influence service');
    await user.click(within(factors).getByRole('checkbox', { name: 'Resources' }));
    const own = within(factors).getByLabelText('Add your own factor');
    await user.type(own, 'Staff training{Enter}');
    expect(within(factors).getByRole('checkbox', { name: 'Staff training' })).toBeChecked();
    expect(own).toHaveValue('');

    await user.type(own, ' resources {Enter}');
    expect(within(factors).getByText('“resources” is already in the list')).toHaveAttribute('role', 'alert');
    expect(own).toHaveAttribute('aria-invalid', 'true');
    // Typing a choice on offer ticks it instead.
    await user.clear(own);
    await user.type(own, 'customer EXPECTATIONS');
    await user.click(within(factors).getByRole('button', { name: 'Add factor' }));
    expect(within(factors).getByRole('checkbox', { name: 'Customer expectations' })).toBeChecked();
    // Unticking an own entry removes it.
    await user.click(within(factors).getByRole('checkbox', { name: 'Staff training' }));
    expect(within(factors).queryByRole('checkbox', { name: 'Staff training' })).toBeNull();

    await user.click(within(group('Feedback techniques')).getByRole('checkbox', { name: 'Interviews' }));
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${portfolioId}/evidence`));
    const [item] = await db().evidence.toArray();
    expect(item).toMatchObject({ factors: ['Resources', 'Customer expectations'], feedbackTechniques: ['Interviews'] });
    expect(item && 'legislation' in item).toBe(false);
  });

  it('offers each list only on the kinds that describe such things', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'survey-results');
    expect(screen.getByRole('group', { name: 'Feedback techniques' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Factors that influence service' })).toBeNull();
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'complaint');
    expect(screen.queryByRole('group', { name: 'Feedback techniques' })).toBeNull();
    // Legislation and policies are offered on every kind.
    expect(screen.getByRole('group', { name: 'Legislation' })).toBeInTheDocument();
  });

  it('tags legislation and policies from the portfolio’s lists, and a new one typed joins the list on save', async () => {
    let id = '';
    const { user, router, portfolioId } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        await addPortfolioListEntry(p, 'policies', 'Customer charter');
        id = (await seedItem(p, { title: 'Refund letter' })).id;
      },
    );
    await router.navigate(`/p/${portfolioId}/evidence/${id}`);
    const legislation = await screen.findByRole('group', { name: 'Legislation' });
    await user.click(within(legislation).getByRole('checkbox', { name: 'Consumer Rights Act 2015' }));
    const policies = group('Organisational standards and policies');
    await user.click(within(policies).getByRole('checkbox', { name: 'Customer charter' }));
    await user.type(within(policies).getByLabelText('Add your own standard or policy'), 'Refunds policy{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${portfolioId}/evidence`));
    expect(await db().evidence.get(id)).toMatchObject({ legislation: ['Consumer Rights Act 2015'], policies: ['Customer charter', 'Refunds policy'] });
    expect((await getPortfolio(portfolioId))?.policies).toEqual(['Customer charter', 'Refunds policy']);
    expect((await getPortfolio(portfolioId))?.legislation).toBeUndefined();
  });

  it('shows the coach’s count across the portfolio’s evidence on the point, live, and drops it once enough are ticked', async () => {
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence/new`,
      async (p) => {
        await seedItem(p, { title: 'Staffing note', kind: 'reflective-account', fields: { situation: 'S', actions: 'A', outcome: '', nextTime: 'Plan the rota a week earlier next month.' }, factors: ['Resources'] }, [
          { markingPointId: 'PRN-2', rationale: 'Names a factor' },
        ]);
      },
    );
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await paste(user, screen.getByLabelText(/^Title/), 'Policy change');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'service-plan');
    await openUnit(user, /^Unit 2: Principles of customer service/);
    await user.click(screen.getByRole('checkbox', { name: /^PRN-2/ }));
    await user.click(within(group('Factors that influence service')).getByRole('checkbox', { name: 'Company policies' }));
    const count = await within(coach()).findByText(/PRN-2 asks for at least 3 distinct factors; the evidence mapped to it names 2 \(resources and company policies\)/, {}, { timeout: 4000 });
    expect(count).toHaveTextContent('in the Factors field of E001 or E002');
    await user.click(within(group('Factors that influence service')).getByRole('checkbox', { name: 'Market competition' }));
    await waitFor(() => expect(within(coach()).queryByText(/asks for at least 3 distinct factors/)).toBeNull(), { timeout: 4000 });
  });
});
