import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { allMarkingPoints } from '../../src/catalogue';
import { setMapping } from '../../src/db/mapping-writes';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

beforeEach(freshDatabase);

const overall = () => screen.findByRole('region', { name: 'Overall progress' });
const gapIds = () => within(screen.getByRole('region', { name: /^Gaps/ })).getAllByRole('link', { name: /^[A-Z]{3}-\d$/ }).map((a) => a.textContent);

describe('dashboard', () => {
  it('shows a clear empty state for a new portfolio', async () => {
    const p = await newPortfolio();
    renderAt(`/p/${p.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const empty = await screen.findByRole('region', { name: 'Your portfolio is empty' });
    expect(within(empty).getByRole('link', { name: 'Add your first piece of evidence' })).toHaveAttribute('href', `/p/${p.id}/evidence/new`);
    expect(await overall()).toHaveTextContent('0 of 21 marking points evidenced (0%)');
    expect(screen.queryByRole('region', { name: /^Gaps/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Recent evidence' })).not.toBeInTheDocument();
    for (const n of [1, 2, 3, 4, 5]) expect(screen.getByRole('meter', { name: `Unit ${n} marking points evidenced` })).toHaveAttribute('value', '0');
  });

  it('shows overall and per-unit progress, the gaps in catalogue order with their verbatim text, and recent evidence', async () => {
    const p = await newPortfolio();
    const e1 = await seedItem(p.id, { title: 'Complaint about a late delivery' }, [
      { markingPointId: 'EXT-3', rationale: 'The complaint cycle' },
      { markingPointId: 'REL-4', rationale: 'Followed the procedure' },
    ]);
    await seedItem(p.id, { title: 'Team huddle notes' });
    renderAt(`/p/${p.id}`);

    expect(await overall()).toHaveTextContent('2 of 21 marking points evidenced (10%)');
    expect(screen.getByRole('meter', { name: 'Marking points evidenced' })).toHaveAttribute('value', '2');
    expect(screen.getByRole('meter', { name: 'Unit 1 marking points evidenced' })).toHaveAttribute('value', '1');
    expect(screen.getByRole('meter', { name: 'Unit 4 marking points evidenced' })).toHaveAttribute('value', '1');
    expect(screen.getByRole('link', { name: 'Unit 4: Manage customer relations' })).toHaveAttribute('href', `/p/${p.id}/units/REL`);

    const expectedGaps = allMarkingPoints.map((mp) => mp.id).filter((id) => id !== 'EXT-3' && id !== 'REL-4');
    expect(gapIds()).toEqual(expectedGaps);
    const gaps = screen.getByRole('region', { name: /^Gaps/ });
    const prn2 = allMarkingPoints.find((mp) => mp.id === 'PRN-2');
    expect(within(gaps).getByText(prn2?.text ?? '-')).toBeInTheDocument();
    expect(within(gaps).getByRole('link', { name: 'PRN-2' })).toHaveAttribute('href', `/p/${p.id}/points/PRN-2`);
    expect(within(gaps).getByRole('link', { name: 'Add evidence for PRN-2' })).toHaveAttribute('href', `/p/${p.id}/evidence/new?point=PRN-2`);

    const recent = screen.getByRole('region', { name: 'Recent evidence' });
    expect(within(recent).getByRole('link', { name: 'E001 Complaint about a late delivery' })).toHaveAttribute('href', `/p/${p.id}/evidence/${e1.id}`);
    expect(recent).toHaveTextContent('mapped to 2 marking points');
    expect(recent).toHaveTextContent('not mapped yet');
  });

  it('suggests next steps: unmapped items first, then units with no evidence', async () => {
    const p = await newPortfolio();
    await seedItem(p.id, { title: 'Mapped' }, [{ markingPointId: 'EXT-1', rationale: 'Identifies external customers' }]);
    const unmapped = await seedItem(p.id, { title: 'Not mapped yet' });
    for (const title of ['Second', 'Third', 'Fourth']) await seedItem(p.id, { title });
    renderAt(`/p/${p.id}`);
    const steps = await screen.findByRole('region', { name: 'Next steps' });
    const links = within(steps).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Map E002 — it is not mapped to any marking point yet');
    expect(links[0]).toHaveAttribute('href', `/p/${p.id}/evidence/${unmapped.id}`);
    expect(links.slice(1, 3).map((a) => a.textContent)).toEqual(['Map E003 — it is not mapped to any marking point yet', 'Map E004 — it is not mapped to any marking point yet']);
    expect(within(steps).getByRole('link', { name: '1 more item is not mapped yet' })).toHaveAttribute('href', `/p/${p.id}/evidence?unit=none`);
    expect(within(steps).getByRole('link', { name: 'Unit 2 (Principles of customer service) has no evidence yet' })).toHaveAttribute('href', `/p/${p.id}/units/PRN`);
    expect(within(steps).getByRole('link', { name: 'Find evidence for EXT-2 to complete unit 1' })).toBeInTheDocument();
  });

  it('changes its figures and gaps as soon as a mapping is added', async () => {
    const p = await newPortfolio();
    await seedItem(p.id, { title: 'Mapped' }, [{ markingPointId: 'EXT-1', rationale: 'Identifies external customers' }]);
    const second = await seedItem(p.id, { title: 'Customer survey' });
    renderAt(`/p/${p.id}`);
    expect(await overall()).toHaveTextContent('1 of 21 marking points evidenced');
    expect(gapIds()).toContain('REL-3');

    await act(() => setMapping(second.id, 'REL-3', 'Survey used as a feedback technique'));

    expect(await screen.findByText(/2 of 21/, { selector: 'strong' })).toBeInTheDocument();
    expect(await overall()).toHaveTextContent('2 of 21 marking points evidenced');
    expect(screen.getByRole('meter', { name: 'Unit 4 marking points evidenced' })).toHaveAttribute('value', '1');
    expect(gapIds()).not.toContain('REL-3');
    expect(gapIds()).toHaveLength(19);
  });

  it('says when every marking point has evidence, and points to the export', async () => {
    const p = await newPortfolio();
    await seedItem(
      p.id,
      { title: 'Everything' },
      allMarkingPoints.map((mp) => ({ markingPointId: mp.id, rationale: 'Covers it' })),
    );
    renderAt(`/p/${p.id}`);
    expect(await overall()).toHaveTextContent('21 of 21 marking points evidenced (100%)');
    expect(screen.getByRole('region', { name: /^Gaps/ })).toHaveTextContent('Every marking point has at least one piece of evidence');
    expect(screen.getByRole('link', { name: /export the PDF for your assessor/ })).toHaveAttribute('href', `/p/${p.id}/export`);
  });
});
