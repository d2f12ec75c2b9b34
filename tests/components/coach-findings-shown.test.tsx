import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { markUnitReady } from '../../src/db/assessment';
import { dismissCoachFinding } from '../../src/db/coach';
import { pointsOf } from '../fixtures/identities';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

const become = freshDeviceEachTest();
const relPoints = pointsOf('REL');
const noEvaluation = /^E001 “Broken locker” has nothing under “What you would do differently”/;

/** A learner's portfolio: a reflection with no evaluation mapped to every point of unit 4, and a sound item mapped to REL-1 alone. */
async function portfolioWithWeakReflection() {
  await become('learner', 'Zoë Brontë');
  const p = await newPortfolio();
  const item = await seedItem(
    p.id,
    { title: 'Broken locker', kind: 'reflective-account', fields: { situation: 'A locker jammed', actions: 'I fetched the spare key', outcome: '', nextTime: '' } },
    relPoints.map((markingPointId) => ({ markingPointId, rationale: `Shows ${markingPointId}` })),
  );
  await seedItem(
    p.id,
    {
      title: 'Late delivery',
      kind: 'reflective-account',
      fields: { situation: 'A parcel came late', actions: 'I rang the courier', outcome: '', nextTime: 'Check the courier’s tracking page before the customer has to call us' },
    },
    [{ markingPointId: 'REL-1', rationale: 'Shows REL-1' }],
  );
  return { p, item };
}

describe('the coach’s findings beyond the editor', { timeout: 20_000 }, () => {
  it('lists on a marking point’s page the findings about it, naming the item with a link to it, and shows a dismissal with its reason', async () => {
    const { p, item } = await portfolioWithWeakReflection();
    const first = renderAt(`/p/${p.id}/points/REL-2`);
    const section = await screen.findByRole('region', { name: 'What an assessor would question here' });
    const findings = within(section).getAllByRole('listitem');
    expect(findings).toHaveLength(1);
    expect(within(section).getByRole('link', { name: 'E001 Broken locker' })).toHaveAttribute('href', `/p/${p.id}/evidence/${item.id}`);
    expect(within(section).getByText(noEvaluation)).toBeInTheDocument();
    expect(within(section).getByText('Worth considering:')).toBeInTheDocument();
    expect(within(section).queryByText(/Late delivery/)).toBeNull();

    await dismissCoachFinding(item.id, 'reflection-evaluation', { reason: '  Tutor asked for a short one  ' });
    expect(await within(section).findByText(/Tutor asked for a short one$/, {}, { timeout: 4000 })).toHaveTextContent('Dismissed by Zoë Brontë: Tutor asked for a short one');
    first.view.unmount();
  });

  it('shows nothing on a marking point whose items are sound', async () => {
    const { p } = await portfolioWithWeakReflection();
    renderAt(`/p/${p.id}/points/EXT-1`);
    await screen.findByRole('heading', { level: 1, name: 'Marking point EXT-1' });
    expect(screen.queryByRole('region', { name: 'What an assessor would question here' })).toBeNull();
  });

  it('shows the assessor, beside the mapped item, what the learner dismissed and why', async () => {
    const { p, item } = await portfolioWithWeakReflection();
    await dismissCoachFinding(item.id, 'reflection-evaluation', { reason: 'Tutor asked for a short one' });
    await markUnitReady(p.id, 'REL', true);
    await become('assessor', 'Morgan Ellis');
    renderAt(`/p/${p.id}/assess/REL?point=REL-2`);
    const panel = await screen.findByRole('region', { name: 'Marking point REL-2' });
    const notes = within(panel).getByRole('list', { name: 'Coach findings the learner dismissed on E001' });
    expect(notes).toHaveTextContent(/^The learner dismissed: E001 “Broken locker” has nothing under “What you would do differently”\..* — Tutor asked for a short one$/);
  });

  it('refuses a dismissal from anyone but the learner, and one with no reason, changing nothing', async () => {
    const { item } = await portfolioWithWeakReflection();
    await expect(dismissCoachFinding(item.id, 'reflection-evaluation', { reason: '   ' })).rejects.toThrow('Say why this finding does not apply, in a few words');
    await expect(dismissCoachFinding(item.id, 'no-such-check', { reason: 'Because' })).rejects.toThrow('The coach has no check “no-such-check”');
    await become('assessor', 'Morgan Ellis');
    await expect(dismissCoachFinding(item.id, 'reflection-evaluation', { reason: 'Because' })).rejects.toThrow(/^Only the learner can dismiss/);
    expect((await db().records.toArray()).filter((r) => r.type === 'coach-dismissal')).toEqual([]);
  });
});
