import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { renderPortfolioAt } from './support/evidence-editor';
import { seedItem } from './support/seed';

const cyclesSection = () => screen.findByRole('region', { name: 'Plan-do-review cycles' });

describe('plan-do-review cycles in the evidence editor', { timeout: 20_000 }, () => {
  it('links the item to a stage of a cycle in use or a new one, with errors beside the fields, and saves the links with the item', async () => {
    let evidenceId = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        await seedItem(p, { title: 'ISA requirements', cycles: [{ cycle: 'ISA season', stage: 'identify-need' }] });
        evidenceId = (await seedItem(p, { title: 'Saturday queue check' })).id;
      },
    );
    await user.click(await screen.findByRole('link', { name: /^E002 / }));
    const section = await cyclesSection();
    expect(within(section).getByText('Not linked to a cycle.')).toBeInTheDocument();
    const name = within(section).getByLabelText('Cycle');
    const stage = within(section).getByLabelText('Stage');
    const linkButton = within(section).getByRole('button', { name: 'Link to this stage' });

    await user.click(linkButton);
    expect(within(section).getByText(/^Enter the cycle’s name/)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    // A cycle already in use keeps its spelling, whatever the case typed.
    await user.type(name, 'isa SEASON{Enter}');
    expect(within(section).getByText('Choose the stage of the cycle this item shows.')).toBeInTheDocument();
    expect(stage).toHaveAttribute('aria-invalid', 'true');
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.selectOptions(stage, 'Deliver');
    await user.click(linkButton);
    const list = within(section).getByRole('list', { name: 'Cycles this item is in' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ISA season: Deliver×Remove from ISA season, stage Deliver']);
    expect(name).toHaveValue('');

    await user.type(name, 'ISA season');
    await user.selectOptions(stage, 'Deliver');
    await user.click(linkButton);
    expect(within(section).getByText('This item is already at “Deliver” in “ISA season”.')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await user.clear(name);
    await user.type(name, 'Saturday queues');
    await user.selectOptions(stage, 'Monitor');
    await user.click(linkButton);
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(section).getByRole('button', { name: 'Remove from Saturday queues, stage Monitor' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await waitFor(async () => expect((await db().evidence.get(evidenceId))?.cycles).toEqual([{ cycle: 'ISA season', stage: 'deliver' }]), { timeout: 4000 });
  });

  it('opens an item with its links, and saves it with none once every link is removed', async () => {
    let evidenceId = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => void (evidenceId = (await seedItem(p, { title: 'Queue count', cycles: [{ cycle: 'Queues', stage: 'monitor' }] })).id),
    );
    await user.click(await screen.findByRole('link', { name: /^E001 / }));
    const section = await cyclesSection();
    await user.click(within(section).getByRole('button', { name: 'Remove from Queues, stage Monitor' }));
    expect(within(section).getByText('Not linked to a cycle.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await waitFor(async () => expect((await db().evidence.get(evidenceId))?.version).toBe(2), { timeout: 4000 });
    const stored = await db().evidence.get(evidenceId);
    expect(stored && 'cycles' in stored && stored.cycles !== undefined).toBe(false);
  });

  it('has the coach say, live, which stages a cycle this item is in still lacks, reading the other items too', async () => {
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        const stages = ['identify-need', 'agree-standards', 'monitor', 'evaluate'] as const;
        await seedItem(p, { title: 'ISA work', cycles: stages.map((stage) => ({ cycle: 'ISA season', stage })) });
        await seedItem(p, { title: 'Saturday queue check' });
      },
    );
    await user.click(await screen.findByRole('link', { name: /^E002 / }));
    const coach = await screen.findByRole('region', { name: 'What an assessor would question' });
    expect(within(coach).queryByText(/The cycle “ISA season”/)).toBeNull();
    const section = await cyclesSection();
    await user.type(within(section).getByLabelText('Cycle'), 'ISA season');
    await user.selectOptions(within(section).getByLabelText('Stage'), 'Deliver');
    await user.click(within(section).getByRole('button', { name: 'Link to this stage' }));
    expect(await within(coach).findByText(/The cycle “ISA season” has no evidence at improve\. Add an item for that stage/, {}, { timeout: 4000 })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Remove from ISA season, stage Deliver' }));
    await waitFor(() => expect(within(coach).queryByText(/The cycle “ISA season”/)).toBeNull(), { timeout: 4000 });
  });
});
