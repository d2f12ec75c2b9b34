import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allMarkingPoints } from '../../src/catalogue';
import { createPortfolio, db } from '../../src/db';
import { recordDecision } from '../../src/db/assessment';
import { importSnapshot } from '../../src/db/import';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { CohortPdfInput } from '../../src/pdf/cohort';
import { freshDeviceEachTest } from './support/device-users';
import { renderAt } from './support/render-app';
import { seedItem } from './support/seed';

const become = freshDeviceEachTest();

// The PDF itself is H3's (src/pdf/cohort, tested there by reading it back); here, what the view hands it.
const makeCohortPdf = vi.hoisted(() => vi.fn<(input: CohortPdfInput) => Promise<Uint8Array>>());
vi.mock('../../src/features/cohort/cohort-pdf', () => ({ makeCohortPdf }));

const allPoints = allMarkingPoints.map((p) => p.id);
const except = (...ids: string[]) => allPoints.filter((id) => !ids.includes(id)).map((markingPointId) => ({ markingPointId, rationale: 'Shows it' }));

const details = (learnerName: string, learnerNumber: string, assessorName: string) => ({
  learnerName,
  learnerNumber,
  centre: 'Northgate',
  assessorName,
  startDate: '2026-01-12',
});

/**
 * Three learners: Ade (Morgan Ellis: EXT-1 met, EXT-2 not yet met, IMP-5 no evidence), Bea (Sam Okafor:
 * no evidence for EXT-2, IMP-4, IMP-5) and Cai (Sam Okafor, no evidence at all, sharing Bea's learner
 * number, in the group "Evening"). So EXT-2 and IMP-5 are lacking for all three, IMP-4 for two.
 */
async function seedCohort() {
  await become('learner', 'Ade Bello');
  const ade = await createPortfolio(details('Ade Bello', 'L3-1', 'Morgan Ellis'));
  const item = await seedItem(ade.id, { title: 'Complaint log' }, except('IMP-5'));
  await become('assessor', 'Morgan Ellis');
  await recordDecision(ade.id, 'EXT-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [item.id] });
  await recordDecision(ade.id, 'EXT-2', { outcome: 'not-yet-met', feedback: 'Say more about the customer.', methods: ['observation'], basedOn: [item.id] });
  await become('learner', 'Bea Cole');
  const bea = await createPortfolio(details('Bea Cole', 'L3-2', 'Sam Okafor'));
  await seedItem(bea.id, { title: 'Survey' }, except('EXT-2', 'IMP-4', 'IMP-5'));
  const cai = await createPortfolio(details('Cai Dunn', 'l3-2', 'Sam Okafor'));
  await db().portfolioLocal.put({ portfolioId: cai.id, group: 'Evening' });
  await become('tutor', 'Tara Quinn');
  return { ade, bea, cai };
}

const grid = () => screen.findByRole('grid', { name: 'Cohort: learners by marking point' });
const gapRows = () =>
  within(screen.getByRole('table', { name: /^Marking points by how many learners lack them/ }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent?.split(' ')[0]);

let downloads: Blob[] = [];
let clicked: string[] = [];
beforeEach(() => {
  downloads = [];
  clicked = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (!(blob instanceof Blob)) throw new Error('expected a Blob');
    downloads.push(blob);
    return `blob:folio/${downloads.length}`;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the cohort view', () => {
  it('is the tutor’s home, with an empty state that leads to loading learners’ files', async () => {
    await become('tutor', 'Tara Quinn');
    const { router } = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cohort' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cohort');
    expect(await screen.findByRole('heading', { name: 'No learners yet' })).toBeInTheDocument();
    const empty = screen.getByRole('heading', { name: 'No learners yet' }).closest('section');
    expect(within(empty ?? document.body).getByRole('link', { name: 'Load learners’ files' })).toHaveAttribute('href', '/cohort/load');
    const nav = screen.getByRole('navigation', { name: 'Tutor sections' });
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Cohort', '/cohort'],
      ['Quality assurance', '/iqa'],
      ['You', '/you'],
    ]);
    expect(screen.getByRole('link', { name: 'Portfolios on this device' })).toHaveAttribute('href', '/portfolios');
  });

  it('keeps the list of portfolios at /portfolios', async () => {
    await seedCohort();
    const { user, router } = renderAt('/portfolios');
    expect(await screen.findByRole('heading', { name: 'On this device (3)' })).toBeInTheDocument();
    // Folio's name leads home, which for a tutor is the cohort.
    await user.click(screen.getByRole('link', { name: 'Folio' }));
    await screen.findByRole('heading', { level: 1, name: 'Cohort' });
    expect(router.state.location.pathname).toBe('/cohort');
  });

  it('says every cell’s status in words, and each learner’s progress, assessor, group and a shared learner number', async () => {
    const { ade } = await seedCohort();
    renderAt('/cohort');
    const g = await grid();
    expect(g).toHaveAttribute('aria-rowcount', '5');
    expect(within(g).getAllByRole('row').map((r) => r.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4', '5']);
    expect(within(g).getAllByRole('link', { name: /^Ade Bello, [A-Z]{3}-\d: / })).toHaveLength(21);
    expect(within(g).getByRole('link', { name: 'Ade Bello, EXT-1: Met' })).toHaveAttribute('href', `/p/${ade.id}/points/EXT-1`);
    expect(within(g).getByRole('link', { name: 'Ade Bello, EXT-2: Not yet met' })).toHaveTextContent('✕');
    expect(within(g).getByRole('link', { name: 'Ade Bello, IMP-5: No evidence' })).toHaveTextContent('○');
    expect(within(g).getByRole('link', { name: 'Bea Cole, EXT-1: Evidenced' })).toBeInTheDocument();
    expect(within(g).getByRole('link', { name: 'Cai Dunn, EXT-1: No evidence' })).toBeInTheDocument();

    const ades = within(g).getByRole('rowheader', { name: /^Ade Bello/ }).closest('tr');
    if (!ades) throw new Error('no row for Ade');
    const cells = within(ades).getAllByRole('gridcell').map((c) => c.textContent);
    // EXT-1 counts as met only with a signature that holds: the tutor's device has not confirmed Morgan's key.
    expect(cells.slice(0, 4)).toEqual(['1 of 21 met (5 %)', 'Morgan Ellis', 'None', expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/)]);
    expect(within(ades).getByRole('gridcell', { name: '1 of 3 marking points of unit 1 met' })).toBeInTheDocument();

    expect(within(g).getByRole('rowheader', { name: /^Cai Dunn/ })).toHaveAccessibleName('Cai Dunn l3-2, shares this learner number with Bea Cole');
    expect(within(g).getByRole('rowheader', { name: /^Bea Cole/ })).toHaveAccessibleName('Bea Cole L3-2, shares this learner number with Cai Dunn');
    expect(screen.getByRole('region', { name: 'Learner numbers shared by more than one portfolio' })).toHaveTextContent('L3-2: Bea Cole, Cai Dunn');
    expect(within(g).getAllByRole('gridcell', { name: 'Evening' })).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Key' })).toHaveTextContent('Not yet met: an assessor decided it is not yet met');
  });

  it('puts the three most shared gaps at the top and sorts the gap table, keeping the order in the address', async () => {
    await seedCohort();
    const { user, router } = renderAt('/cohort');
    await grid();
    const top = screen.getByRole('region', { name: 'The three most shared gaps' });
    expect(within(top).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual(['EXT-2', 'IMP-5', 'IMP-4']);
    expect(within(top).getAllByRole('listitem')[0]).toHaveTextContent('lacking for 3 of 3 learners (2 no evidence, 1 not yet met)');
    expect(gapRows().slice(0, 4)).toEqual(['EXT-2', 'IMP-5', 'IMP-4', 'EXT-1']);

    await user.click(screen.getByRole('button', { name: 'Catalogue order' }));
    expect(router.state.location.search).toBe('?sort=catalogue');
    expect(gapRows().slice(0, 4)).toEqual(['EXT-1', 'EXT-2', 'EXT-3', 'PRN-1']);
    expect(screen.getByRole('button', { name: 'Catalogue order' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Most learners lacking first' }));
    expect(router.state.location.search).toBe('');
    expect(gapRows()[0]).toBe('EXT-2');
  });

  it('reads the sort and the filters from the address, and writes a changed filter back to it', async () => {
    await seedCohort();
    const { user, router } = renderAt('/cohort?sort=catalogue&assessor=Morgan%20Ellis');
    const g = await grid();
    expect(gapRows()[0]).toBe('EXT-1');
    expect(within(g).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ade Bello L3-1']);
    expect(screen.getByLabelText('Assessor')).toHaveValue('Morgan Ellis');
    expect(screen.getByText(/^Showing 1 of 3 learners/)).toHaveTextContent('Showing 1 of 3 learners and 21 marking points: assessor Morgan Ellis.');

    await user.selectOptions(screen.getByLabelText('Unit'), 'Unit 5: Monitor, evaluate and improve customer service');
    expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('IMP');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('catalogue');
    expect(within(g).getAllByRole('link', { name: /^Ade Bello, / }).map((a) => a.getAttribute('href')?.split('/').pop())).toEqual(['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4', 'IMP-5']);
    expect(gapRows()).toEqual(['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4', 'IMP-5']);

    await user.selectOptions(screen.getByLabelText('Assessor'), 'Every assessor');
    await user.selectOptions(screen.getByLabelText('Group'), 'Evening');
    expect(within(g).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(g).getByRole('rowheader')).toHaveAccessibleName('Cai Dunn l3-2, shares this learner number with Bea Cole');

    await user.selectOptions(screen.getByLabelText('Learners with a point that is'), 'Met');
    expect(screen.getByRole('heading', { name: 'No learner matches these filters' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear the filters' })[0] ?? document.body);
    expect(router.state.location.search).toBe('?sort=catalogue');
    expect(within(await grid()).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('opens a learner’s portfolio at the marking point from a cell, and leads back to the same view and cell', async () => {
    const { ade } = await seedCohort();
    const { user, router } = renderAt('/cohort?assessor=Morgan%20Ellis');
    const g = await grid();
    await user.click(within(g).getByRole('link', { name: 'Ade Bello, EXT-2: Not yet met' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Marking point EXT-2' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/p/${ade.id}/points/EXT-2`);
    // Moving about the portfolio keeps the way back.
    await user.click(within(screen.getByRole('navigation', { name: 'Portfolio sections' })).getByRole('link', { name: 'Units' }));
    await user.click(await screen.findByRole('link', { name: 'Back to the cohort' }));
    expect(router.state.location.pathname + router.state.location.search).toBe('/cohort?assessor=Morgan+Ellis');
    const back = await grid();
    await waitFor(() => expect(document.activeElement).toBe(within(back).getByRole('link', { name: 'Ade Bello, EXT-2: Not yet met' })));
    expect(document.activeElement).toHaveAttribute('tabindex', '0');

    // From the learner's name to their dashboard, and back to the name.
    await user.click(within(back).getByRole('link', { name: /^Ade Bello L3-1/ }));
    await screen.findByRole('navigation', { name: 'Portfolio sections' });
    expect(router.state.location.pathname).toBe(`/p/${ade.id}`);
    await user.click(await screen.findByRole('link', { name: 'Back to the cohort' }));
    const again = await grid();
    await waitFor(() => expect(document.activeElement).toBe(within(again).getByRole('link', { name: /^Ade Bello L3-1/ })));
  });

  it('moves between cells with the arrow keys, one tab stop for the whole grid', async () => {
    await seedCohort();
    const { user } = renderAt('/cohort');
    const g = await grid();
    await user.tab();
    while (!g.contains(document.activeElement)) await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Ade Bello L3-1/);
    for (let i = 0; i < 5; i += 1) await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Ade Bello, EXT-1: Met');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Bea Cole, EXT-1: Evidenced');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName('0 of 5 marking points of unit 5 met');
    expect(within(g).getAllByRole('link').filter((a) => a.getAttribute('tabindex') === '0')).toHaveLength(0);
    expect(g.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('downloads what the filters show as CSV, names escaped against formulas', async () => {
    await become('learner', '=HYPERLINK("x")');
    await createPortfolio(details('=HYPERLINK("x")', 'L3-9', 'Sam Okafor'));
    await seedCohort();
    const { user } = renderAt('/cohort?assessor=Sam%20Okafor&unit=EXT');
    await grid();
    await user.click(screen.getByRole('button', { name: 'Download the CSV' }));
    expect(clicked).toEqual([expect.stringMatching(/^cohort-\d{4}-\d{2}-\d{2}\.csv$/)]);
    expect(await screen.findByText(/^cohort-.*\.csv downloaded: 3 learners by 3 marking points/)).toBeInTheDocument();
    const text = await (downloads[0] ?? new Blob()).text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Learner,Learner number,Group,Assessor,Last activity,Points met,Points with evidence,Marking points,Met (%),EXT-1,EXT-2,EXT-3');
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['"\'=HYPERLINK(""x"")"', 'Bea Cole', 'Cai Dunn']);
    expect(lines[2]).toMatch(/^Bea Cole,L3-2,,Sam Okafor,\d{4}-\d{2}-\d{2},0,18,21,0,Evidenced,No evidence,Evidenced$/);
    expect(lines[4]).toBe('Learners lacking (no evidence or not yet met),,,,,,,,,2,3,2');
  });

  it('draws only the learners in view of a large cohort, keeping the whole grid’s row count, and the keys still reach every learner', async () => {
    await become('learner', 'A learner');
    const n = 150;
    for (let i = 0; i < n; i += 1) await createPortfolio(details(`Learner ${String(i).padStart(3, '0')}`, `N-${i}`, 'Sam Okafor'));
    await become('tutor', 'Tara Quinn');
    const { user } = renderAt('/cohort');
    const g = await grid();
    expect(g).toHaveAttribute('aria-rowcount', String(n + 2));
    const drawn = () => within(g).getAllByRole('rowheader');
    expect(drawn().length).toBeLessThan(50);
    expect(drawn()[0]).toHaveAccessibleName('Learner 000 N-0');

    while (!g.contains(document.activeElement)) await user.tab();
    await user.keyboard('{Control>}{End}{/Control}');
    // The last learner was not drawn; moving there draws and focuses it.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('0 of 5 marking points of unit 5 met'));
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(n + 2));
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName(`Learner ${n - 1} N-${n - 1}`);
    expect(drawn().length).toBeLessThan(50);
  });

  it('marks a decision whose signer this device has not confirmed, in words and by a dagger', async () => {
    await become('tutor', 'Tara Quinn');
    // The demo's assessor signs with a key made for the demo: this tutor's device has never confirmed it.
    const demo = { ...(await buildDemoSnapshot({ now: new Date().toISOString(), newId: () => crypto.randomUUID() })), attachments: [] };
    await importSnapshot(demo, 'new');
    renderAt('/cohort');
    const g = await grid();
    const unconfirmed = await within(g).findAllByRole('link', { name: /: Met \(signer not confirmed\)$/ });
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const cell of unconfirmed) expect(cell).toHaveTextContent('●†');
    expect(within(g).queryAllByRole('link', { name: /\(signature verified, signer confirmed\)$/ })).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Key' })).toHaveTextContent('“signer not confirmed”');
  });

  it('hands the cohort PDF what the filters show, with a progress line, then says it is downloaded, or why not', async () => {
    await seedCohort();
    let finish: (bytes: Uint8Array) => void = () => undefined;
    makeCohortPdf.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const { user } = renderAt('/cohort?group=Evening');
    await grid();
    await user.click(screen.getByRole('button', { name: 'Download the cohort PDF' }));
    expect(await screen.findByRole('progressbar', { name: 'Making the cohort PDF…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the cohort PDF' })).toBeDisabled();
    finish(new Uint8Array([37, 80, 68, 70]));
    expect(await screen.findByText(/^cohort-\d{4}-\d{2}-\d{2}\.pdf downloaded: the shared gaps first/)).toBeInTheDocument();
    expect(clicked).toEqual([expect.stringMatching(/^cohort-\d{4}-\d{2}-\d{2}\.pdf$/)]);
    const input = makeCohortPdf.mock.calls[0]?.[0];
    expect(input?.cohort.learners).toHaveLength(3);
    expect(input?.view?.learners.map((l) => l.learnerName)).toEqual(['Cai Dunn']);
    expect(input?.filterNote).toBe('group Evening');

    makeCohortPdf.mockRejectedValueOnce(new Error('The PDF could not be made: the fonts did not load. Try again.'));
    await user.click(screen.getByRole('button', { name: 'Download the cohort PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The PDF could not be made: the fonts did not load. Try again.');
  });
});
