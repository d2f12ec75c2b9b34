import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMarkingPoint, findUnit } from '../../src/catalogue';
import { listMappings, type MappingInput } from '../../src/db';
import { errorOf } from './support/fields';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

beforeEach(freshDatabase);

/** Every item here is a survey: the marking points these tests use ask for feedback techniques. */
function item(portfolioId: string, title: string, mappings: MappingInput[] = []) {
  return seedItem(portfolioId, { title, kind: 'survey-results', fields: { method: 'Survey', findings: 'Most liked it' } }, mappings);
}

describe('units', () => {
  it('lists the five units with their progress', async () => {
    const p = await newPortfolio();
    await item(p.id, 'Survey', [{ markingPointId: 'REL-3', rationale: 'A technique' }]);
    renderAt(`/p/${p.id}/units`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Units' })).toBeInTheDocument();
    const links = await screen.findAllByRole('link', { name: /^Unit \d: / });
    expect(links.map((a) => a.textContent)).toEqual([
      'Unit 1: Deliver customer service to external customers',
      'Unit 2: Principles of customer service',
      'Unit 3: Organise and deliver customer service',
      'Unit 4: Manage customer relations',
      'Unit 5: Monitor, evaluate and improve customer service',
    ]);
    expect(screen.getByRole('meter', { name: 'Unit 4 marking points evidenced' })).toHaveAttribute('value', '1');
  });

  it('shows a unit’s marking points verbatim with status and mapped evidence, beside the unit’s guidance', async () => {
    const p = await newPortfolio();
    const survey = await item(p.id, 'Customer survey', [{ markingPointId: 'REL-3', rationale: 'Survey as a feedback technique' }]);
    const unit = findUnit('REL');
    renderAt(`/p/${p.id}/units/REL`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 4: Manage customer relations' })).toBeInTheDocument();
    expect(screen.getByText(unit?.synopsis ?? '-')).toBeInTheDocument();

    const cards = within(await screen.findByRole('list', { name: 'Marking points of unit 4' })).getAllByRole('listitem').filter((li) => li.classList.contains('point-card'));
    expect(cards).toHaveLength(5);
    const rel3 = cards.find((c) => within(c).queryByRole('heading', { name: 'Marking point REL-3' }));
    expect(rel3).toBeDefined();
    const card = rel3 as HTMLElement;
    expect(within(card).getByText(findMarkingPoint('REL-3')?.text ?? '-')).toBeInTheDocument();
    expect(card).toHaveTextContent('Evidenced');
    expect(card).toHaveTextContent('This marking point asks for at least 2 feedback collection techniques.');
    expect(within(card).getByRole('link', { name: 'E001 Customer survey' })).toHaveAttribute('href', `/p/${p.id}/evidence/${survey.id}`);
    expect(card).toHaveTextContent('Survey as a feedback technique');
    const rel1 = cards.find((c) => within(c).queryByRole('heading', { name: 'Marking point REL-1' })) as HTMLElement;
    expect(rel1).toHaveTextContent('No evidence');

    const guidance = screen.getByRole('region', { name: 'Guidance for unit 4' });
    for (const h of ['Key concepts', 'Exam tips', 'Common misconceptions']) expect(within(guidance).getByRole('heading', { name: h })).toBeInTheDocument();
    expect(within(guidance).getByText(unit?.misconceptions[0] ?? '-')).toBeInTheDocument();
    expect(within(guidance).getByText(unit?.examTips[0] ?? '-')).toBeInTheDocument();
    expect(within(guidance).getByText(unit?.keyConcepts[0]?.name ?? '-')).toBeInTheDocument();
  });

  it('says so for a unit that does not exist', async () => {
    const p = await newPortfolio();
    renderAt(`/p/${p.id}/units/XYZ`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit not found' })).toBeInTheDocument();
  });
});

describe('a marking point’s page', () => {
  it('shows the verbatim text, its unit, status, threshold and guidance', async () => {
    const p = await newPortfolio();
    renderAt(`/p/${p.id}/points/PRN-2`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Marking point PRN-2' })).toBeInTheDocument();
    expect(screen.getByText(findMarkingPoint('PRN-2')?.text ?? '-')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Unit 2: Principles of customer service' })).toHaveAttribute('href', `/p/${p.id}/units/PRN`);
    expect(await screen.findByText(/asks for at least 3 distinct factors/)).toBeInTheDocument();
    expect(await screen.findByText('No evidence is mapped to PRN-2 yet.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Evidence mapped here/ })).toHaveAccessibleName('Evidence mapped here (0)');
    expect(screen.getByText('No evidence', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Guidance for unit 2' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Map evidence here' })).toHaveTextContent('There is no evidence in this portfolio yet.');
  });

  it('maps an item here with a one-line rationale, refusing a missing item or rationale with errors next to the fields', async () => {
    const p = await newPortfolio();
    const survey = await item(p.id, 'Customer survey');
    await item(p.id, 'Comment cards', [{ markingPointId: 'REL-3', rationale: 'Comment cards, analysed by theme' }]);
    const { user } = renderAt(`/p/${p.id}/points/REL-3`);

    const form = await screen.findByRole('region', { name: 'Map evidence here' });
    const choice = await within(form).findByLabelText(/^Evidence item/);
    const rationale = within(form).getByLabelText(/^How this item shows REL-3/);
    // An item already mapped here is not offered again.
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose an item', 'E001 — Customer survey']);

    await user.click(within(form).getByRole('button', { name: 'Map to REL-3' }));
    expect(errorOf(choice)).toBe('Choose the evidence item to map here');
    expect(errorOf(rationale)).toBe('Say in one line how this item shows the marking point');

    await user.selectOptions(choice, survey.id);
    await user.type(rationale, 'x'.repeat(301));
    await user.click(within(form).getByRole('button', { name: 'Map to REL-3' }));
    expect(errorOf(choice)).toBeNull();
    expect(errorOf(rationale)).toBe('Keep the rationale under 300 characters');
    expect((await listMappings(p.id)).filter((m) => m.evidenceId === survey.id)).toEqual([]);

    await user.clear(rationale);
    await user.type(rationale, '  Online survey with analysis by age group  ');
    await user.click(within(form).getByRole('button', { name: 'Map to REL-3' }));

    const mapped = screen.getByRole('region', { name: /^Evidence mapped here/ });
    expect(await within(mapped).findByRole('link', { name: 'E001 Customer survey' })).toBeInTheDocument();
    expect(mapped).toHaveAccessibleName('Evidence mapped here (2)');
    expect(mapped).toHaveTextContent('Online survey with analysis by age group');
    expect(await screen.findByText('E001 is now mapped to REL-3.')).toBeInTheDocument();
    expect((await listMappings(p.id)).find((m) => m.evidenceId === survey.id)).toMatchObject({ markingPointId: 'REL-3', rationale: 'Online survey with analysis by age group' });
    // Every item is now mapped here, so there is nothing left to choose.
    expect(form).toHaveTextContent('Every evidence item is already mapped to REL-3.');
  });

  it('edits a rationale in place, with validation', async () => {
    const p = await newPortfolio();
    const survey = await item(p.id, 'Customer survey', [{ markingPointId: 'REL-3', rationale: 'First try' }]);
    const { user } = renderAt(`/p/${p.id}/points/REL-3`);

    const edit = await screen.findByRole('button', { name: 'Edit rationale for E001' });
    await user.click(edit);
    const input = screen.getByRole('textbox', { name: /^How E001 shows REL-3/ });
    expect(input).toHaveFocus();
    expect(input).toHaveValue('First try');

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save rationale' }));
    expect(errorOf(input)).toBe('Say in one line how this item shows the marking point');
    expect((await listMappings(p.id))[0]?.rationale).toBe('First try');

    await user.type(input, 'Survey of 120 members, analysed by channel');
    await user.click(screen.getByRole('button', { name: 'Save rationale' }));
    expect(await screen.findByText('Survey of 120 members, analysed by channel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit rationale for E001' })).toHaveFocus();
    expect((await listMappings(p.id)).find((m) => m.evidenceId === survey.id)?.rationale).toBe('Survey of 120 members, analysed by channel');

    // Escape leaves the rationale as it was.
    await user.click(screen.getByRole('button', { name: 'Edit rationale for E001' }));
    await user.type(screen.getByRole('textbox', { name: /^How E001 shows REL-3/ }), ' and more{Escape}');
    expect(screen.queryByRole('textbox', { name: /^How E001 shows REL-3/ })).not.toBeInTheDocument();
    expect((await listMappings(p.id))[0]?.rationale).toBe('Survey of 120 members, analysed by channel');
  });

  it('removes a mapping only after confirmation, keeping the item', async () => {
    const p = await newPortfolio();
    await item(p.id, 'Customer survey', [
      { markingPointId: 'REL-3', rationale: 'A technique' },
      { markingPointId: 'IMP-1', rationale: 'Performance data' },
    ]);
    const { user } = renderAt(`/p/${p.id}/points/REL-3`);

    await user.click(await screen.findByRole('button', { name: 'Remove E001 from REL-3' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Remove E001 from REL-3?' });
    expect(dialog).toHaveTextContent('stays in your portfolio');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await listMappings(p.id)).map((m) => m.markingPointId).sort()).toEqual(['IMP-1', 'REL-3']);

    await user.click(screen.getByRole('button', { name: 'Remove E001 from REL-3' }));
    dialog = screen.getByRole('alertdialog', { name: 'Remove E001 from REL-3?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove mapping' }));

    expect(await screen.findByText('No evidence is mapped to REL-3 yet.')).toBeInTheDocument();
    expect(screen.getByText('E001 is no longer mapped to REL-3.')).toHaveFocus();
    expect((await listMappings(p.id)).map((m) => m.markingPointId)).toEqual(['IMP-1']);
    // The item can be mapped here again.
    expect(within(screen.getByRole('region', { name: 'Map evidence here' })).getByRole('option', { name: 'E001 — Customer survey' })).toBeInTheDocument();
  });

  it('moves to the next marking point with a fresh form', async () => {
    const p = await newPortfolio();
    await item(p.id, 'Customer survey');
    const { user } = renderAt(`/p/${p.id}/points/REL-3`);
    const form = await screen.findByRole('region', { name: 'Map evidence here' });
    await user.type(await within(form).findByLabelText(/^How this item shows REL-3/), 'Half typed');
    await user.click(screen.getByRole('link', { name: 'Next: REL-4 →' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marking point REL-4' })).toBeInTheDocument();
    expect(await screen.findByLabelText(/^How this item shows REL-4/)).toHaveValue('');
  });

  it('says so for a marking point that does not exist', async () => {
    const p = await newPortfolio();
    renderAt(`/p/${p.id}/points/ZZZ-9`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Marking point not found' })).toBeInTheDocument();
  });
});
