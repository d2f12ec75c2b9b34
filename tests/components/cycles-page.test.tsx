import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

beforeEach(freshDatabase);

describe('the Cycles page', { timeout: 20_000 }, () => {
  it('shows each cycle’s six stages in order with the items at each, and what is missing with what to do', async () => {
    const p = await newPortfolio();
    const need = await seedItem(p.id, { title: 'ISA requirements', cycles: [{ cycle: 'ISA season', stage: 'identify-need' }] });
    await seedItem(p.id, {
      title: 'ISA review',
      cycles: [
        { cycle: 'ISA season', stage: 'evaluate' },
        { cycle: 'Call-backs', stage: 'monitor' },
      ],
    });
    await seedItem(p.id, { title: 'Not in a cycle' });
    renderAt(`/p/${p.id}/cycles`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan-do-review cycles' })).toBeInTheDocument();

    const isa = await screen.findByRole('region', { name: 'ISA season' });
    expect(within(isa).getByText('4 stages of 6 have no evidence yet: agree standards, deliver, monitor, improve.')).toBeInTheDocument();
    const stages = within(isa).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(stages).toEqual(['Identify need', 'Agree standards', 'Deliver', 'Monitor', 'Evaluate', 'Improve']);
    const identify = within(isa).getByRole('heading', { name: 'Identify need' }).closest('li') as HTMLElement;
    expect(within(identify).getByRole('link', { name: 'E001 ISA requirements' })).toHaveAttribute('href', `/p/${p.id}/evidence/${need.id}`);
    const deliver = within(isa).getByRole('heading', { name: 'Deliver' }).closest('li') as HTMLElement;
    expect(deliver).toHaveTextContent(/^DeliverMissing\. Link an item that shows the service being delivered/);
    expect(within(isa).queryByText(/Not in a cycle/)).toBeNull();

    // Sorted by name: "Call-backs" comes first; an item can be in two cycles.
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby') ?? '')?.textContent);
    expect(regions.filter((n) => n === 'Call-backs' || n === 'ISA season')).toEqual(['Call-backs', 'ISA season']);
    const callBacks = screen.getByRole('region', { name: 'Call-backs' });
    expect(within(callBacks).getByRole('link', { name: 'E002 ISA review' })).toBeInTheDocument();
  });

  it('says a whole cycle is complete', async () => {
    const p = await newPortfolio();
    const stages = ['identify-need', 'agree-standards', 'deliver', 'monitor', 'evaluate', 'improve'] as const;
    for (const stage of stages) await seedItem(p.id, { title: `Step ${stage}`, cycles: [{ cycle: 'Queues', stage }] });
    renderAt(`/p/${p.id}/cycles`);
    const cycle = await screen.findByRole('region', { name: 'Queues' });
    expect(within(cycle).getByText('Every stage has evidence: the cycle is complete.')).toBeInTheDocument();
    expect(within(cycle).queryByText('Missing.')).toBeNull();
  });

  it('says what to do when no item is in a cycle, and is linked from the units that ask for cycles', async () => {
    const p = await newPortfolio();
    const first = renderAt(`/p/${p.id}/cycles`);
    const empty = await screen.findByRole('region', { name: 'No cycles yet' });
    expect(within(empty).getByRole('link', { name: 'Go to the evidence list' })).toHaveAttribute('href', `/p/${p.id}/evidence`);
    first.view.unmount();

    const imp = renderAt(`/p/${p.id}/units/IMP`);
    expect(await screen.findByRole('link', { name: 'see your plan-do-review cycles' })).toHaveAttribute('href', `/p/${p.id}/cycles`);
    imp.view.unmount();
    renderAt(`/p/${p.id}/units/EXT`);
    await screen.findByRole('heading', { level: 1, name: /^Unit 1:/ });
    expect(screen.queryByRole('link', { name: 'see your plan-do-review cycles' })).toBeNull();
  });
});
