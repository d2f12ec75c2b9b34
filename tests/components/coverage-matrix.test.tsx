import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { allMarkingPoints } from '../../src/catalogue';
import type { MappingInput } from '../../src/db';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio, seedItem } from './support/seed';

beforeEach(freshDatabase);

const map = (...ids: string[]): MappingInput[] => ids.map((markingPointId) => ({ markingPointId, rationale: 'Shows it' }));

async function seeded() {
  const p = await newPortfolio();
  const e1 = await seedItem(p.id, { title: 'Complaint about a late delivery' }, map('EXT-1', 'EXT-3'));
  const e2 = await seedItem(p.id, { title: 'Customer survey' }, map('REL-3'));
  const e3 = await seedItem(p.id, { title: 'Huddle notes' });
  return { p, e1, e2, e3 };
}

const grid = () => screen.findByRole('grid', { name: /^Coverage matrix/ });
/** Checks what a screen reader would announce for the element that has focus. */
const expectFocusOn = (name: string | RegExp) => expect(document.activeElement).toHaveAccessibleName(name);

describe('coverage matrix', () => {
  it('has an empty state when there is no evidence', async () => {
    const p = await newPortfolio();
    renderAt(`/p/${p.id}/coverage`);
    expect(await screen.findByRole('heading', { name: 'No evidence yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add evidence' })).toHaveAttribute('href', `/p/${p.id}/evidence/new`);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says in each cell, in words, whether the item is mapped to the marking point', async () => {
    await seeded().then(({ p }) => renderAt(`/p/${p.id}/coverage`));
    const g = await grid();
    expect(within(g).getAllByRole('gridcell', { name: /^E\d{3} (not )?mapped to [A-Z]{3}-\d$/ })).toHaveLength(3 * 21);
    expect(within(g).getByRole('gridcell', { name: 'E001 mapped to EXT-1' })).toHaveTextContent('✓');
    expect(within(g).getByRole('gridcell', { name: 'E001 mapped to EXT-3' })).toBeInTheDocument();
    expect(within(g).getByRole('gridcell', { name: 'E002 mapped to REL-3' })).toBeInTheDocument();
    expect(within(g).getByRole('gridcell', { name: 'E001 not mapped to EXT-2' })).not.toHaveTextContent('✓');
    expect(within(g).getAllByRole('gridcell', { name: /^E003 not mapped to/ })).toHaveLength(21);

    // Rows are evidence items, linked; a row header gives reference and title.
    const rowHeaders = within(g).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual(['E001 Complaint about a late delivery', 'E002 Customer survey', 'E003 Huddle notes', 'Items mapped']);
  });

  it('groups the columns by unit, gives each marking point its full text, and marks the ones with no evidence in words', async () => {
    const { p } = await seeded();
    renderAt(`/p/${p.id}/coverage`);
    const g = await grid();
    const headers = within(g).getAllByRole('columnheader');
    const units = headers.filter((h) => h.getAttribute('scope') === 'colgroup');
    expect(units.map((u) => [u.textContent, u.getAttribute('colspan')])).toEqual([
      ['Unit 1 Deliver customer service to external customers', '3'],
      ['Unit 2 Principles of customer service', '4'],
      ['Unit 3 Organise and deliver customer service', '4'],
      ['Unit 4 Manage customer relations', '5'],
      ['Unit 5 Monitor, evaluate and improve customer service', '5'],
    ]);

    const pointHeaders = headers.filter((h) => h.classList.contains('matrix__point'));
    expect(pointHeaders).toHaveLength(21);
    const rel3 = within(g).getByRole('link', { name: new RegExp(`^REL-3: `) });
    expect(rel3).toHaveAccessibleName(`REL-3: ${allMarkingPoints.find((mp) => mp.id === 'REL-3')?.text}`);
    expect(rel3).toHaveAttribute('href', `/p/${p.id}/points/REL-3`);

    const gapColumns = pointHeaders.filter((h) => h.textContent?.includes('No evidence')).map((h) => /[A-Z]{3}-\d/.exec(h.textContent ?? '')?.[0]);
    expect(gapColumns).toEqual(allMarkingPoints.map((mp) => mp.id).filter((id) => !['EXT-1', 'EXT-3', 'REL-3'].includes(id)));
    expect(within(g).getByRole('link', { name: /^PRN-2 No evidence: / })).toBeInTheDocument();

    // The totals row says how many items each marking point has, and "No evidence" where there are none.
    expect(within(g).getByRole('link', { name: '1 item mapped to EXT-1' })).toBeInTheDocument();
    expect(within(g).getByRole('link', { name: 'No evidence for EXT-2' })).toBeInTheDocument();

    // The same gaps are named above the grid, and every symbol is explained in a key.
    expect(screen.getByText(/of 21 marking points evidenced/)).toHaveTextContent('3 evidence items · 3 of 21 marking points evidenced. No evidence yet: EXT-2, PRN-1');
    expect(screen.getByRole('region', { name: 'Key' })).toHaveTextContent('No evidence: no item is mapped to this marking point yet');
  });

  it('is one tab stop, moved around with the arrow keys, Home and End', { timeout: 20_000 }, async () => {
    const { p } = await seeded();
    const { user } = renderAt(`/p/${p.id}/coverage`);
    const g = await grid();
    expect(g.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    for (let i = 0; i < 60 && !g.contains(document.activeElement); i++) await user.tab();
    expectFocusOn('E001 mapped to EXT-1');

    await user.keyboard('{ArrowRight}');
    expectFocusOn('E001 not mapped to EXT-2');
    await user.keyboard('{ArrowDown}');
    expectFocusOn('E002 not mapped to EXT-2');
    expect(g.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');

    await user.keyboard('{End}');
    expectFocusOn('E002 not mapped to IMP-5');
    await user.keyboard('{ArrowRight}');
    expectFocusOn('E002 not mapped to IMP-5');
    await user.keyboard('{Home}');
    expectFocusOn('E002 Customer survey');
    await user.keyboard('{ArrowLeft}');
    expectFocusOn('E002 Customer survey');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expectFocusOn('Items mapped');
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expectFocusOn('1 item mapped to EXT-1');
    await user.keyboard('{Control>}{Home}{/Control}');
    expectFocusOn('Evidence item');
    await user.keyboard('{ArrowRight}');
    expectFocusOn(/^EXT-1: /);
    await user.keyboard('{Control>}{End}{/Control}');
    expectFocusOn('No evidence for IMP-5');

    // Tab leaves the grid, and Shift+Tab comes back to the cell last used.
    await user.tab();
    expect(g.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expectFocusOn('No evidence for IMP-5');
  });

  it('opens the item with Enter on a cell, and the marking point with Enter on a column heading', { timeout: 20_000 }, async () => {
    const { p, e2 } = await seeded();
    const { user, router } = renderAt(`/p/${p.id}/coverage`);
    const g = await grid();
    await user.click(within(g).getByRole('gridcell', { name: 'E002 mapped to REL-3' }));
    expectFocusOn('E002 mapped to REL-3');
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe(`/p/${p.id}/evidence/${e2.id}`);

    await act(() => router.navigate(`/p/${p.id}/coverage`));
    const again = await grid();
    act(() => within(again).getByRole('gridcell', { name: 'E001 mapped to EXT-1' }).focus());
    await user.keyboard('{ArrowUp}');
    expectFocusOn(/^EXT-1: /);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Marking point EXT-1' })).toBeInTheDocument();
  });
});
