import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { markUnitReady, recordDecision } from '../../src/db/assessment';
import { exportIqaFile } from '../../src/db/iqa';
import { pointsOf } from '../fixtures/identities';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt, type UserEvent } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

const become = freshDeviceEachTest();
const relPoints = pointsOf('REL');

/** A learner's portfolio whose unit 4 an assessor has decided (REL-2 not yet met), then an IQA on the same device. */
async function assessedPortfolio() {
  await become('learner', 'Zoë Brontë');
  const p = await newPortfolio();
  await seedItem(
    p.id,
    { title: 'Customer survey', kind: 'survey-results', fields: { method: 'Survey', findings: 'Most liked it' } },
    relPoints.map((markingPointId) => ({ markingPointId, rationale: `The survey shows ${markingPointId}` })),
  );
  await markUnitReady(p.id, 'REL', true);
  await become('assessor', 'Morgan Ellis');
  for (const point of relPoints) {
    const notYet = point === 'REL-2';
    await recordDecision(p.id, point, { outcome: notYet ? 'not-yet-met' : 'met', feedback: notYet ? 'Say how you followed it up' : '', methods: ['observation'], basedOn: [] });
  }
  await become('tutor', 'Riley Quinn');
  return p;
}

async function proposeAll(user: UserEvent) {
  const share = await screen.findByLabelText(/^Share of each assessor’s decisions to sample/);
  await user.clear(share);
  await user.type(share, '100');
  await user.click(screen.getByRole('button', { name: 'Propose a sample' }));
  return screen.findByRole('heading', { level: 2, name: /^The sample \(\d+ decisions?\)$/ });
}

async function openLine(user: UserEvent, point: string) {
  const line = screen.getByRole('heading', { level: 3, name: `Zoë Brontë — ${point}` }).closest('li');
  if (!line) throw new Error(`No sample line for ${point}`);
  await user.click(within(line).getByText(/^Record (an|a new) outcome$/));
  return within(line);
}

describe('the IQA’s sampling round', () => {
  it('refuses a plan with a share out of range or no name, and saves no round', async () => {
    await assessedPortfolio();
    const { user } = renderAt('/iqa');
    const share = await screen.findByLabelText(/^Share of each assessor’s decisions to sample/);
    await user.clear(share);
    await user.type(share, '0');
    await user.clear(screen.getByLabelText(/^Name of the round/));
    await user.click(screen.getByRole('button', { name: 'Propose a sample' }));
    await waitFor(() => expect(share).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText(/^Name of the round/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').length).toBeGreaterThanOrEqual(2);
    expect(await db().iqaRounds.count()).toBe(0);
  });

  it('proposes a sample from the plan, saved at once, each line saying why it was chosen, with its signature status', async () => {
    await assessedPortfolio();
    const { user, router } = renderAt('/iqa');
    expect(await screen.findByRole('checkbox', { name: /^Morgan Ellis is a new assessor/ })).toBeInTheDocument();
    await proposeAll(user);
    expect(router.state.location.pathname).toMatch(/^\/iqa\/.+/);
    expect(await db().iqaRounds.count()).toBe(1);
    const lines = screen.getAllByRole('heading', { level: 3, name: /^Zoë Brontë — REL-\d+$/ });
    expect(lines).toHaveLength(relPoints.length);
    const first = lines[0]?.closest('li');
    if (!first) throw new Error('No line');
    expect(within(first).getByText('Chosen because:')).toBeInTheDocument();
    expect(within(first).getByText(/Morgan Ellis/, { selector: '.sample-line__reasons li' })).toBeInTheDocument();
    expect(within(first).getByText('signature verified, signer confirmed')).toBeInTheDocument();
    expect(screen.getByText('The sample meets the plan.')).toBeInTheDocument();

    // Removing a line is saved, and the plan's coverage says what is now missing.
    await user.click(within(first).getByRole('button', { name: /^Remove REL-\d+ of Zoë Brontë from the sample$/ }));
    await waitFor(async () => expect((await db().iqaRounds.toArray())[0]?.lines).toHaveLength(relPoints.length - 1));
    expect(await screen.findByText('The sample does not meet the plan yet:')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /^The sample \(/ })).toHaveFocus());

    // …and the IQA adds it back by choosing the learner, then the point.
    await user.selectOptions(screen.getByLabelText('Learner'), 'Zoë Brontë');
    const decision = screen.getByLabelText('Marking point and decision');
    await user.selectOptions(decision, within(decision).getAllByRole('option')[1] as HTMLOptionElement);
    await user.click(screen.getByRole('button', { name: 'Add to the sample' }));
    expect(await screen.findByText('added by the IQA')).toBeInTheDocument();
    expect(await screen.findByText('The sample meets the plan.')).toBeInTheDocument();
  });

  it('asks for a comment unless the IQA agrees, then records the outcome signed and counts it in the report', async () => {
    await assessedPortfolio();
    const { user } = renderAt('/iqa');
    await proposeAll(user);
    const line = await openLine(user, 'REL-2');
    await user.click(line.getByRole('radio', { name: 'Assessor to action' }));
    await user.click(line.getByRole('button', { name: 'Record the outcome' }));
    expect(await line.findByText('Say what the assessor should do, or why you disagree')).toBeInTheDocument();
    expect(line.getByLabelText('Comment to the assessor')).toHaveAttribute('aria-invalid', 'true');
    expect((await db().records.toArray()).filter((r) => r.type === 'iqa')).toHaveLength(0);

    await user.type(line.getByLabelText('Comment to the assessor'), 'Feedback must say what to do next');
    await user.click(line.getByRole('button', { name: 'Record the outcome' }));
    expect(await line.findByText('Outcome recorded and signed: Assessor to action.')).toBeInTheDocument();
    expect(await line.findByText(/^IQA outcome: Assessor to action$/)).toBeInTheDocument();
    const stored = (await db().records.toArray()).filter((r) => r.type === 'iqa');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.signature).toBeDefined();

    const met = await openLine(user, 'REL-1');
    await user.click(met.getByRole('radio', { name: 'Agreed' }));
    await user.click(met.getByRole('button', { name: 'Record the outcome' }));
    expect(await met.findByText('Outcome recorded and signed: Agreed.')).toBeInTheDocument();

    const report = screen.getByRole('table', { name: 'The IQA report per assessor' });
    // Decisions, sampled, agreed, to action, disagreed, awaiting, plan met.
    await waitFor(() => {
      const row = within(report).getByRole('row', { name: /^Morgan Ellis/ });
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([String(relPoints.length), String(relPoints.length), '1', '1', '0', String(relPoints.length - 2), 'Yes']);
    });
  });
});

describe('changing and deleting a round', () => {
  it('draws again from a changed plan, keeping a decision already judged; deleting the round asks first', async () => {
    await assessedPortfolio();
    const { user, router } = renderAt('/iqa');
    await proposeAll(user);
    const judged = await openLine(user, 'REL-3');
    await user.click(judged.getByRole('radio', { name: 'Agreed' }));
    await user.click(judged.getByRole('button', { name: 'Record the outcome' }));
    await judged.findByText('Outcome recorded and signed: Agreed.');

    await user.click(screen.getByText('Change the plan and propose again'));
    const form = screen.getByRole('form', { name: 'Sampling plan' });
    const share = within(form).getByLabelText(/^Share of each assessor’s decisions to sample/);
    await user.clear(share);
    await user.type(share, '1');
    await user.click(within(form).getByRole('button', { name: 'Propose again' }));
    expect(await screen.findByText(/^The sample is drawn again from the changed plan: [12] decisions?\.$/)).toBeInTheDocument();
    const saved = (await db().iqaRounds.toArray())[0];
    expect(saved?.plan.share).toBe(1);
    expect(saved?.lines.map((l) => l.markingPointId)).toContain('REL-3');
    expect(saved?.lines.length).toBeLessThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'Delete this round' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db().iqaRounds.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete this round' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete the round' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/iqa'));
    expect(await db().iqaRounds.count()).toBe(0);
    // The outcome stays in the learner's portfolio: records are never deleted.
    expect((await db().records.toArray()).filter((r) => r.type === 'iqa')).toHaveLength(1);
  });
});

describe('the assessor’s side of quality assurance', () => {
  it('imports the IQA file, lists what to action and shows the outcome on the Assess screen; refuses a file that is not one', async () => {
    const p = await assessedPortfolio();
    const { user, view } = renderAt('/iqa');
    await proposeAll(user);
    const line = await openLine(user, 'REL-2');
    await user.click(line.getByRole('radio', { name: 'Disagreed' }));
    await user.type(line.getByLabelText('Comment to the assessor'), 'The survey does not show a follow-up');
    await user.click(line.getByRole('button', { name: 'Record the outcome' }));
    await line.findByText('Outcome recorded and signed: Disagreed.');
    const round = (await db().iqaRounds.toArray())[0];
    if (!round) throw new Error('No round saved');
    const { bytes, fileName } = await exportIqaFile(round.id);
    view.unmount();
    // The assessor's device has the portfolio but not yet the IQA's outcome.
    const iqaIds = (await db().records.toArray()).filter((r) => r.type === 'iqa').map((r) => r.id);
    await db().records.bulkDelete(iqaIds);
    await become('assessor', 'Morgan Ellis');

    const queue = renderAt('/queue');
    const actions = await screen.findByRole('region', { name: /^Quality assurance: to action/ });
    expect(await within(actions).findByText('No quality assurance outcome asks for action on this device.')).toBeInTheDocument();
    const input = screen.getByLabelText('IQA file');
    await queue.user.upload(input, new File(['{"hello": 1}'], 'notes.folio-iqa', { type: 'application/json' }));
    expect(await screen.findByText(/^notes\.folio-iqa was not imported: This is not a Folio IQA file/)).toBeInTheDocument();
    expect((await db().records.toArray()).filter((r) => r.type === 'iqa')).toHaveLength(0);

    await queue.user.upload(input, new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type: 'application/json' }));
    expect(await screen.findByText('Zoë Brontë: 1 outcome added')).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Zoë Brontë — REL-2: Disagreed' });
    expect(screen.getByText('The survey does not show a follow-up')).toBeInTheDocument();

    // The same file again adds nothing.
    await queue.user.upload(input, new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type: 'application/json' }));
    expect(await screen.findByText('Zoë Brontë: already up to date')).toBeInTheDocument();

    await queue.user.click(link);
    expect(queue.router.state.location.pathname).toBe(`/p/${p.id}/assess/REL`);
    const note = await screen.findByRole('region', { name: 'Quality assurance of this decision' });
    expect(within(note).getByText('Disagreed')).toBeInTheDocument();
    expect(within(note).getByText(/Riley Quinn/)).toBeInTheDocument();
    expect(within(note).getByText('The survey does not show a follow-up')).toBeInTheDocument();
  });
});
