import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveEvidence } from '../../src/db/evidence-writes';
import { renderPortfolioAt } from './support/evidence-editor';
import { evidenceInput, seedItem } from './support/seed';

async function seedFour(p: string) {
  await seedItem(p, { title: 'Refund complaint from Mrs Brontë', kind: 'complaint', fields: { receivedDate: '2026-02-01', channel: 'Email', classification: 'Formal', summary: 'Late refund' } }, [
    { markingPointId: 'EXT-3', rationale: 'Each stage' },
    { markingPointId: 'REL-4', rationale: 'Followed the procedure' },
  ]);
  await seedItem(p, { title: 'Weekly service log', kind: 'service-log', fields: { serviceDelivered: 'Bookings' }, reflection: 'I met the 24-hour standard' }, [
    { markingPointId: 'EXT-2', rationale: 'Timescales' },
  ]);
  await seedItem(p, { title: 'Team meeting', kind: 'meeting-minutes', fields: { attendees: 'Team' } });
  await saveEvidence({
    portfolioId: p,
    input: evidenceInput({ title: 'Members survey', kind: 'survey-results', fields: { method: 'Survey', findings: 'Mostly happy' }, tags: ['UK GDPR'] }),
    mappings: [{ markingPointId: 'REL-3', rationale: 'A survey' }],
    addAttachments: [{ name: 'results.csv', type: 'text/csv', size: 3, sha256: 'd'.repeat(64), blob: new Blob(['a,b']) }],
  });
}

const shownRefs = () =>
  screen
    .queryAllByRole('link', { name: /^E\d{3} / })
    .map((l) => l.textContent?.slice(0, 4));

describe('evidence list', { timeout: 20_000 }, () => {
  it('points to "Add evidence" when there is nothing yet', async () => {
    await renderPortfolioAt((p) => `/p/${p}/evidence`);
    const empty = await screen.findByRole('heading', { name: 'No evidence yet' });
    expect(within(empty.parentElement as HTMLElement).getByRole('link', { name: 'Add evidence' })).toHaveAttribute('href', expect.stringMatching(/\/evidence\/new$/));
  });

  it('shows every item with its kind, date, marking points and attachment count', async () => {
    await renderPortfolioAt((p) => `/p/${p}/evidence`, seedFour);
    await screen.findByRole('link', { name: 'E004 Members survey' });
    expect(shownRefs()).toEqual(['E001', 'E002', 'E003', 'E004']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Showing 4 of 4');
    const first = screen.getByRole('link', { name: 'E001 Refund complaint from Mrs Brontë' }).closest('li') as HTMLElement;
    expect(first).toHaveTextContent('Complaint record · 2 March 2026 · External customers');
    expect(within(within(first).getByRole('list', { name: 'Marking points E001 maps to' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['EXT-3', 'REL-4']);
    expect(first).toHaveTextContent('No attachments');
    const third = screen.getByRole('link', { name: 'E003 Team meeting' }).closest('li') as HTMLElement;
    expect(third).toHaveTextContent('Not mapped yet');
    const fourth = screen.getByRole('link', { name: 'E004 Members survey' }).closest('li') as HTMLElement;
    expect(fourth).toHaveTextContent('1 attachment');
  });

  it('searches by text and filters by kind, unit and "not mapped yet", keeping the filters in the URL', async () => {
    const { user, router } = await renderPortfolioAt((p) => `/p/${p}/evidence`, seedFour);
    await screen.findByRole('link', { name: 'E004 Members survey' });
    const filters = screen.getByRole('search', { name: 'Search and filter evidence' });

    await user.type(within(filters).getByLabelText('Search'), 'bronte');
    expect(shownRefs()).toEqual(['E001']);
    expect(screen.getByText('Showing 1 of 4')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=bronte');

    await user.clear(within(filters).getByLabelText('Search'));
    await user.type(within(filters).getByLabelText('Search'), '24-hour');
    expect(shownRefs()).toEqual(['E002']);

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(shownRefs()).toEqual(['E001', 'E002', 'E003', 'E004']);
    expect(router.state.location.search).toBe('');

    await user.selectOptions(within(filters).getByLabelText('Kind'), 'Survey results');
    expect(shownRefs()).toEqual(['E004']);
    expect(router.state.location.search).toBe('?kind=survey-results');

    await user.selectOptions(within(filters).getByLabelText('Kind'), 'All kinds');
    await user.selectOptions(within(filters).getByLabelText('Mapped to'), 'Unit 1: Deliver customer service to external customers');
    expect(shownRefs()).toEqual(['E001', 'E002']);
    expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();

    await user.selectOptions(within(filters).getByLabelText('Mapped to'), 'Not mapped yet');
    expect(shownRefs()).toEqual(['E003']);
    expect(router.state.location.search).toBe('?unit=none');

    await user.type(within(filters).getByLabelText('Search'), 'survey');
    expect(shownRefs()).toEqual([]);
    expect(screen.getByText('No evidence matches this search and these filters.')).toBeInTheDocument();
    expect(screen.getByText('Showing 0 of 4')).toBeInTheDocument();
  });

  it('applies the filters of the address it is opened at', async () => {
    await renderPortfolioAt((p) => `/p/${p}/evidence?unit=REL&q=survey`, seedFour);
    await screen.findByText('Showing 1 of 4');
    expect(shownRefs()).toEqual(['E004']);
    const filters = screen.getByRole('search');
    expect(within(filters).getByLabelText('Search')).toHaveValue('survey');
    expect(within(filters).getByLabelText('Mapped to')).toHaveValue('REL');
  });
});
