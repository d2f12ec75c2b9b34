import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findUnit } from '../../src/catalogue';
import { db } from '../../src/db';
import { markUnitReady, recordDecision } from '../../src/db/assessment';
import { pointsOf } from '../fixtures/identities';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt, type UserEvent } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

const become = freshDeviceEachTest();

const relPoints = pointsOf('REL');

/** A learner's portfolio with one survey mapped to every point of unit 4, marked ready; then the assessor's device. */
async function readyPortfolio() {
  await become('learner', 'Zoë Brontë');
  const p = await newPortfolio();
  const item = await seedItem(
    p.id,
    { title: 'Customer survey', kind: 'survey-results', fields: { method: 'Survey', findings: 'Most liked it' } },
    relPoints.map((markingPointId) => ({ markingPointId, rationale: `The survey shows ${markingPointId}` })),
  );
  await markUnitReady(p.id, 'REL', true);
  await become('assessor', 'Morgan Ellis');
  return { p, item };
}

async function decide(user: UserEvent, outcome: RegExp, methods: RegExp[], feedback = '') {
  await user.click(screen.getByRole('radio', { name: outcome }));
  if (feedback) await user.type(screen.getByLabelText('Feedback to the learner'), feedback);
  for (const m of methods) await user.click(screen.getByRole('checkbox', { name: m }));
  await user.click(screen.getByRole('button', { name: /^Save and sign the decision on/ }));
}

describe('the Assess screen', () => {
  it('shows the point, the evidence with the learner’s rationale, and refuses a decision without feedback', async () => {
    const { p } = await readyPortfolio();
    const { user } = renderAt(`/p/${p.id}/assess/REL?point=REL-2`);
    expect(await screen.findByRole('heading', { level: 1, name: /^Assess unit 4: / })).toBeInTheDocument();
    const panel = await screen.findByRole('region', { name: 'Marking point REL-2' });
    expect(within(panel).getByText(findUnit('REL')?.markingPoints[1]?.text ?? 'REL-2 has no text')).toBeInTheDocument();
    expect(within(panel).getByText('The survey shows REL-2')).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'E001 — Customer survey' })).toBeChecked();

    await decide(user, /^Not yet met$/, [/^Observation$/]);
    expect(await screen.findByText('Write feedback: say what is missing and what the learner should do next')).toBeInTheDocument();
    expect(screen.getByLabelText('Feedback to the learner')).toHaveAttribute('aria-invalid', 'true');
    expect(await db().decisions.count()).toBe(0);
  });

  it('decides every point by keyboard, then signs the unit off, which locks its evidence', async () => {
    const { p, item } = await readyPortfolio();
    const { user, router } = renderAt(`/p/${p.id}/assess/REL`);
    await screen.findByRole('heading', { level: 1, name: /^Assess unit 4: / });

    // The first point by keyboard alone: Space chooses the outcome and ticks a method, Enter submits.
    const met = await screen.findByRole('radio', { name: 'Met' });
    met.focus();
    await user.keyboard(' ');
    expect(met).toBeChecked();
    screen.getByRole('checkbox', { name: 'Product evidence' }).focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Save and sign the decision on REL-1' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Your decision on REL-1 is saved and signed: Met.')).toBeInTheDocument();

    for (const point of relPoints.slice(1)) {
      await user.click(screen.getByRole('link', { name: point }));
      expect(router.state.location.search).toBe(`?point=${point}`);
      await screen.findByRole('region', { name: `Marking point ${point}` });
      await decide(user, /^Met$/, [/^Product evidence$/]);
      expect(await screen.findByText(`Your decision on ${point} is saved and signed: Met.`)).toBeInTheDocument();
    }

    const signOff = screen.getByRole('region', { name: 'Unit 4 sign-off' });
    await user.click(await within(signOff).findByRole('button', { name: 'Sign off unit 4' }));
    expect(await within(signOff).findByText('Unit 4 is signed off.')).toBeInTheDocument();
    expect(await within(signOff).findByText(/: signature verified, signer confirmed$/)).toBeInTheDocument();
    expect(await within(signOff).findByRole('button', { name: 'Unlock E001…' })).toBeInTheDocument();
    expect((await db().records.toArray()).filter((r) => r.type === 'sign-off')).toHaveLength(1);

    // Unlock with a reason: an empty one is refused first.
    await user.click(within(signOff).getByRole('button', { name: 'Unlock E001…' }));
    const reason = within(signOff).getByLabelText(/Why E001 is unlocked/);
    expect(reason).toHaveFocus();
    await user.click(within(signOff).getByRole('button', { name: 'Unlock E001' }));
    expect(await within(signOff).findByText(/Say why the item is unlocked/)).toBeInTheDocument();
    await user.type(reason, 'Add the survey date');
    await user.click(within(signOff).getByRole('button', { name: 'Unlock E001' }));
    await waitFor(async () => expect((await db().records.toArray()).filter((r) => r.type === 'unlock')).toEqual([expect.objectContaining({ evidenceId: item.id, reason: 'Add the survey date' })]));
  });

  it('opens an item read-only in a dialog and returns to the same place', async () => {
    const { p } = await readyPortfolio();
    const { user, router } = renderAt(`/p/${p.id}/assess/REL?point=REL-3`);
    const open = await screen.findByRole('button', { name: 'Open E001' });
    await user.click(open);
    const dialog = screen.getByRole('alertdialog', { name: 'E001: Customer survey' });
    expect(within(dialog).getByText('Most liked it')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(router.state.location.search).toBe('?point=REL-3');
  });

  it('is read-only for the learner', async () => {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    renderAt(`/p/${p.id}/assess/REL`);
    expect(await screen.findByText(/only an assessor decides and signs/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save and sign/ })).not.toBeInTheDocument();
  });
});

describe('countersigning', () => {
  it('asks the named second assessor, and only them, to countersign', async () => {
    const { p, item } = await readyPortfolio();
    for (const point of relPoints) await recordDecision(p.id, point, { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [item.id] });
    const first = renderAt(`/p/${p.id}/assess/REL`);
    const signOff = await screen.findByRole('region', { name: 'Unit 4 sign-off' });
    await first.user.type(await within(signOff).findByLabelText(/Needs countersignature by/), 'Priya Shah');
    await first.user.click(within(signOff).getByRole('button', { name: 'Sign off unit 4' }));
    expect(await within(signOff).findByText('Waiting for Priya Shah’s countersignature.')).toBeInTheDocument();
    expect(within(signOff).queryByRole('button', { name: 'Countersign unit 4' })).not.toBeInTheDocument();
    first.view.unmount();

    await become('assessor', 'Priya Shah');
    const { user } = renderAt(`/p/${p.id}/assess/REL`);
    const region = await screen.findByRole('region', { name: 'Unit 4 sign-off' });
    await user.click(await within(region).findByRole('button', { name: 'Countersign unit 4' }));
    expect(await within(region).findByText(/^Countersigned by Priya Shah,/)).toBeInTheDocument();
  });
});

describe('the queue', () => {
  it('lists ready units longest-waiting first, with a link to assess each', async () => {
    const { p } = await readyPortfolio();
    const { user } = renderAt('/queue');
    const waiting = await screen.findByRole('region', { name: 'Units waiting for assessment (1)' });
    const link = within(waiting).getByRole('link', { name: /Zoë Brontë — unit 4:/ });
    expect(within(waiting).getByText(/0 of 5 marking points decided/)).toBeInTheDocument();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: /^Assess unit 4: / })).toBeInTheDocument();
    expect(p.id).toBeTruthy();
  });
});
