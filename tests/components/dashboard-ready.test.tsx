import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dismissCoachFinding } from '../../src/db/coach';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

const become = freshDeviceEachTest();
const ready = () => screen.findByRole('region', { name: 'Ready for assessment?' }, { timeout: 4000 });
const unitRegion = (section: HTMLElement, name: string | RegExp) => within(section).getByRole('region', { name });

describe('the dashboard’s “Ready for assessment?”', { timeout: 20_000 }, () => {
  it('lists per unit the coach’s open findings on its points, each linking to the item, and says so when a unit has none', async () => {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    const locker = await seedItem(
      p.id,
      { title: 'Broken locker', kind: 'reflective-account', fields: { situation: 'A locker jammed', actions: 'I fetched the spare key', outcome: '', nextTime: '' } },
      [
        { markingPointId: 'REL-1', rationale: 'Shows REL-1' },
        { markingPointId: 'REL-2', rationale: 'Shows REL-2' },
      ],
    );
    const plan = await seedItem(p.id, {
      title: 'Saturday plan',
      kind: 'service-plan',
      fields: { objectives: 'Answer within 20 seconds', resources: 'Two advisers', timeline: 'From May', roles: 'Team leader', contingencies: '' },
    });
    renderAt(`/p/${p.id}`);
    const section = await ready();
    expect(section.querySelector('h2')).toHaveTextContent('Ready for assessment?');

    const rel = unitRegion(section, 'Unit 4: Manage customer relations');
    // Mapped to two points of the unit, the finding shows once there.
    expect(within(rel).getAllByRole('listitem')).toHaveLength(1);
    expect(within(rel).getByRole('link', { name: 'E001 Broken locker' })).toHaveAttribute('href', `/p/${p.id}/evidence/${locker.id}`);
    expect(within(rel).getByText(/^E001 “Broken locker” has nothing under “What you would do differently”/)).toBeInTheDocument();
    expect(within(rel).getByText('Worth considering:')).toBeInTheDocument();
    expect(within(rel).getByText('Why?')).toBeInTheDocument();

    for (const name of ['Unit 1: Deliver customer service to external customers', /^Unit 2:/, /^Unit 3:/, /^Unit 5:/]) {
      expect(unitRegion(section, name)).toHaveTextContent('Nothing the coach would question.');
    }
    // An unmapped item's finding is not lost: it is listed apart.
    const unplaced = unitRegion(section, 'Not on a marking point yet');
    expect(within(unplaced).getByRole('link', { name: 'E002 Saturday plan' })).toHaveAttribute('href', `/p/${p.id}/evidence/${plan.id}`);
    expect(within(unplaced).getByText(/with no contingencies/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'See your plan-do-review cycles' })).toHaveAttribute('href', `/p/${p.id}/cycles`);

    // A dismissed finding leaves the list (it stays, with its reason, on the item and for the assessor).
    await dismissCoachFinding(locker.id, 'reflection-evaluation', { reason: 'My tutor asked for a short one' });
    await within(section).findByText(/1 finding you dismissed is not listed here\./, {}, { timeout: 4000 });
    expect(unitRegion(section, 'Unit 4: Manage customer relations')).toHaveTextContent('Nothing the coach would question.');
  });

  it('is not shown on an empty portfolio', async () => {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    renderAt(`/p/${p.id}`);
    await screen.findByRole('region', { name: 'Your portfolio is empty' });
    expect(screen.queryByRole('region', { name: 'Ready for assessment?' })).toBeNull();
  });
});
