import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { addComment, recordDecision, signOffUnit } from '../../src/db/assessment';
import { pointsOf } from '../fixtures/identities';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt } from './support/render-app';
import { evidenceInput, newPortfolio, seedItem } from './support/seed';

const become = freshDeviceEachTest();

const relPoints = pointsOf('REL');
const survey = { title: 'Customer survey', kind: 'survey-results' as const, fields: { method: 'Survey', findings: 'Most liked it' } };
const relMappings = relPoints.map((markingPointId) => ({ markingPointId, rationale: `The survey shows ${markingPointId}` }));

describe('marking a unit ready', () => {
  it('warns about marking points with no evidence first, and changes nothing on “Not yet”', async () => {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    await seedItem(p.id, survey, relMappings.slice(0, 3));
    const { user } = renderAt(`/p/${p.id}/units/REL`);
    await user.click(await screen.findByRole('button', { name: 'Mark this unit ready for assessment' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Mark unit 4 ready with gaps?' });
    expect(within(dialog).getByText(/These marking points have no evidence mapped yet: REL-4, REL-5\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    expect(await db().records.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Mark this unit ready for assessment' }));
    await user.click(screen.getByRole('button', { name: 'Mark it ready anyway' }));
    expect(await screen.findByText('Unit 4 is marked ready for assessment.')).toBeInTheDocument();
    expect(await screen.findAllByText('Ready for assessment')).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Take back “ready for assessment”' }));
    expect(await screen.findByText('Unit 4 is no longer marked ready.')).toBeInTheDocument();
    expect((await db().records.toArray()).map((r) => (r.type === 'ready' ? r.ready : null)).sort()).toEqual([false, true]);
  });

  it('offers the assessor the Assess screen instead', async () => {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    await become('assessor', 'Morgan Ellis');
    renderAt(`/p/${p.id}/units/REL`);
    expect(await screen.findByRole('link', { name: 'Assess unit 4' })).toHaveAttribute('href', `/p/${p.id}/assess/REL`);
    expect(screen.queryByRole('button', { name: /ready for assessment/ })).not.toBeInTheDocument();
  });
});

describe('the learner’s side of a decision', () => {
  async function assessed() {
    await become('learner', 'Zoë Brontë');
    const p = await newPortfolio();
    const item = await seedItem(p.id, survey, relMappings);
    const other = await seedItem(p.id, { title: 'Service log', kind: 'other', fields: { description: 'A log' } }, [{ markingPointId: 'EXT-1', rationale: 'Shows it' }]);
    await become('assessor', 'Morgan Ellis');
    await recordDecision(p.id, 'EXT-1', { outcome: 'partially-met', feedback: 'Say which customer this was', methods: ['product-evidence'], basedOn: [other.id] });
    await addComment(other.id, { text: 'Add the date of each entry' });
    for (const point of relPoints) await recordDecision(p.id, point, { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [item.id] });
    await signOffUnit(p.id, 'REL', { countersignBy: '' });
    await become('learner', 'Zoë Brontë');
    return { p, item, other };
  }

  it('shows the feedback on the point and the comment on the item', async () => {
    const { p, other } = await assessed();
    const { view } = renderAt(`/p/${p.id}/points/EXT-1`);
    expect(await screen.findByText('Assessor’s decision: Partially met')).toBeInTheDocument();
    expect(screen.getByText('Say which customer this was')).toBeInTheDocument();
    view.unmount();
    renderAt(`/p/${p.id}/evidence/${other.id}`);
    const from = await screen.findByRole('region', { name: 'From your assessor' });
    expect(within(from).getByText('Add the date of each entry')).toBeInTheDocument();
    expect(within(from).getByText(/EXT-1: Partially met/)).toBeInTheDocument();
    // Not locked: the learner can still edit it.
    expect(screen.getByRole('button', { name: /^Save/ })).toBeInTheDocument();
  });

  it('shows a locked item read-only with the reason, and no mapping controls for it', async () => {
    const { p, item } = await assessed();
    const { view } = renderAt(`/p/${p.id}/evidence/${item.id}`);
    expect(await screen.findByRole('note')).toHaveTextContent(/unit 4 was signed off by Morgan Ellis on .*Ask your assessor to unlock it/);
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(screen.getByText('Most liked it')).toBeInTheDocument();
    view.unmount();
    renderAt(`/p/${p.id}/points/REL-1`);
    expect(await screen.findByText('E001 is locked: its unit is signed off.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit rationale/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Map evidence here' })).not.toBeInTheDocument();
  });

  it('flags a decision as “evidence changed since assessment” on the unit page after the learner edits the item', async () => {
    const { p, other } = await assessed();
    await saveEvidence({ portfolioId: p.id, evidenceId: other.id, input: evidenceInput({ title: 'Service log, with dates', fields: { description: 'A log' } }), mappings: [{ markingPointId: 'EXT-1', rationale: 'Shows it' }] });
    const unitPage = renderAt(`/p/${p.id}/units/EXT`);
    expect(await screen.findByText(/1 marking point: evidence changed since assessment$/)).toBeInTheDocument();
    const card = screen.getByRole('link', { name: /Marking point EXT-1/ }).closest('li');
    expect(card && within(card).getByText('Evidence changed since assessment')).toBeInTheDocument();
    unitPage.view.unmount();
    // The dashboard and the coverage matrix say so too.
    const dashboard = renderAt(`/p/${p.id}`);
    expect(await screen.findByRole('link', { name: /The evidence for EXT-1 has changed since your assessor’s decision/ })).toBeInTheDocument();
    dashboard.view.unmount();
    renderAt(`/p/${p.id}/coverage`);
    const grid = await screen.findByRole('grid');
    const header = within(grid)
      .getAllByRole('columnheader')
      .find((h) => h.textContent?.startsWith('EXT-1'));
    expect(header).toHaveTextContent(/^EXT-1 ⚠ Evidence changed since assessment/);
  });

  it('shows the learner’s content read-only to the assessor', async () => {
    const { other } = await assessed();
    await become('assessor', 'Morgan Ellis');
    const editor = renderAt(`/p/${other.portfolioId}/evidence/${other.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'E002: Service log' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    editor.view.unmount();
    renderAt(`/p/${other.portfolioId}/evidence/new`);
    expect(await screen.findByText('Only the learner adds evidence. This device is set up for Morgan Ellis as assessor.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('offers "Add evidence" to the learner only, on the dashboard and the evidence list', async () => {
    const { other } = await assessed();
    const asLearner = renderAt(`/p/${other.portfolioId}/evidence`);
    expect(await screen.findByRole('link', { name: /^E002 / })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Add evidence' })).toBeInTheDocument();
    asLearner.view.unmount();
    await become('assessor', 'Morgan Ellis');
    const list = renderAt(`/p/${other.portfolioId}/evidence`);
    expect(await screen.findByText('Everything the learner has recorded, with the marking points each item maps to.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add evidence' })).not.toBeInTheDocument();
    list.view.unmount();
    renderAt(`/p/${other.portfolioId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(await screen.findByText(/marking points evidenced/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Add evidence/ })).not.toBeInTheDocument();
  });
});
