import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db, listMappings } from '../../src/db';
import { openUnit, paste, renderPortfolioAt } from './support/evidence-editor';
import { errorOf } from './support/fields';
import { seedItem } from './support/seed';

describe('evidence editor', { timeout: 20_000 }, () => {
  it('adds a complaint record mapped to a marking point, then lists it with its new reference', async () => {
    const { user, router, portfolioId } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    expect(screen.getByText('It will be saved as E001.', { selector: '.page-header__lead' })).toBeInTheDocument();

    await paste(user, screen.getByLabelText(/^Title/), 'Late refund complaint');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'complaint');
    await user.click(screen.getByLabelText('External customers'));
    await user.type(screen.getByLabelText(/^Date received/), '2026-03-01');
    await user.selectOptions(screen.getByLabelText(/^Channel/), 'Email');
    await user.selectOptions(screen.getByLabelText(/^Formal or informal/), 'Formal');
    await paste(user, screen.getByLabelText(/^What the complaint was about/), 'Refund not received after 14 days');
    await user.click(screen.getByRole('button', { name: 'Complaints procedure' }));

    await openUnit(user, /^Unit 1: Deliver customer service to external customers/);
    await user.click(screen.getByRole('checkbox', { name: /^EXT-3 Look for a systematic approach/ }));
    await paste(user, screen.getByLabelText(/Rationale: how this item shows EXT-3/), 'Shows each stage from acknowledgement to resolution');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/p/${portfolioId}/evidence`));
    expect(await screen.findByText('Saved E001: Late refund complaint')).toHaveAttribute('role', 'status');
    const link = await screen.findByRole('link', { name: 'E001 Late refund complaint' });
    const row = link.closest('li');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText(/Complaint record/)).toBeInTheDocument();
    expect(within(row as HTMLElement).getByRole('link', { name: 'EXT-3' })).toBeInTheDocument();

    const [item] = await db().evidence.toArray();
    expect(item).toMatchObject({ ref: 'E001', kind: 'complaint', customerType: 'external', tags: ['Complaints procedure'] });
    expect(item?.fields).toMatchObject({ channel: 'Email', classification: 'Formal', receivedDate: '2026-03-01' });
    expect((await listMappings(portfolioId)).map((m) => [m.markingPointId, m.rationale])).toEqual([['EXT-3', 'Shows each stage from acknowledgement to resolution']]);
  });

  it('adds a witness testimony mapped to two marking points as the next reference', async () => {
    const { user, portfolioId } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence/new`,
      async (p) => void (await seedItem(p, { title: 'First item' })),
    );
    await screen.findByText('It will be saved as E002.', { selector: '.page-header__lead' });
    await paste(user, screen.getByLabelText(/^Title/), 'Testimony from my manager');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'witness-testimony');
    await user.click(screen.getByLabelText('Both internal and external'));
    await user.type(screen.getByLabelText(/^Witness name/), 'Priya Shah');
    await user.type(screen.getByLabelText(/^Witness job title/), 'Duty manager');
    await paste(user, screen.getByLabelText(/^Statement/), 'Zoë calmed an upset member and escalated correctly.');
    await openUnit(user, /^Unit 2: Principles of customer service/);
    await user.click(screen.getByRole('checkbox', { name: /^PRN-3/ }));
    await user.click(screen.getByRole('checkbox', { name: /^PRN-4/ }));
    await paste(user, screen.getByLabelText(/Rationale: how this item shows PRN-3/), 'Knew when to hand over');
    await paste(user, screen.getByLabelText(/Rationale: how this item shows PRN-4/), 'Escalated to the duty manager with the details');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    expect(await screen.findByText('Saved E002: Testimony from my manager')).toBeInTheDocument();
    const mapped = (await listMappings(portfolioId)).map((m) => m.markingPointId).sort();
    expect(mapped).toEqual(['PRN-3', 'PRN-4']);
  });

  it('shows an empty title and a missing required field next to each field, and sums them up', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'reflective-account');
    await paste(user, screen.getByLabelText(/^What you did and why/), 'Listened, then offered a replacement');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(errorOf(screen.getByLabelText(/^Title/))).toBe('Enter a title'));
    expect(errorOf(screen.getByLabelText(/^The situation/))).toBe('Enter the situation');
    expect(errorOf(screen.getByLabelText('External customers'))).toBe('Say whether the customers were internal or external');
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Enter a title',
      'Say whether the customers were internal or external',
      'Enter the situation',
    ]);
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(summary).toHaveFocus());

    await user.click(within(summary).getByRole('link', { name: 'Enter the situation' }));
    expect(screen.getByLabelText(/^The situation/)).toHaveFocus();
    expect(await db().evidence.count()).toBe(0);

    // Fixing a field clears its error as the learner types.
    await user.type(screen.getByLabelText(/^Title/), 'Replacement order');
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).not.toHaveAttribute('aria-invalid'));
  });

  it('asks for a rationale for a chosen marking point, next to it', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.type(screen.getByLabelText(/^Title/), 'KPI report');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'performance-report');
    await user.click(screen.getByLabelText('Internal customers (colleagues)'));
    await paste(user, screen.getByLabelText(/^KPIs, targets and actual results/), 'Calls answered in 20s: 92% (target 90%)');
    await openUnit(user, /^Unit 5: Monitor, evaluate and improve customer service/);
    await user.click(screen.getByRole('checkbox', { name: /^IMP-1/ }));
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    const rationale = screen.getByLabelText(/Rationale: how this item shows IMP-1/);
    await waitFor(() => expect(errorOf(rationale)).toBe('Say in one line how this item shows the marking point'));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'IMP-1: Say in one line how this item shows the marking point' })).toBeInTheDocument();
    expect(await db().evidence.count()).toBe(0);
  });

  it('keeps the reference when an item is edited, and replaces its mappings', async () => {
    let id = '';
    const { user, portfolioId } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence`,
      async (p) => {
        await seedItem(p, { title: 'Older item' });
        id = (await seedItem(p, { title: 'Survey of members', kind: 'survey-results', fields: { method: 'Survey', findings: 'Most happy' } }, [{ markingPointId: 'REL-3', rationale: 'Used a survey' }])).id;
      },
    );
    await user.click(await screen.findByRole('link', { name: 'E002 Survey of members' }));
    await screen.findByRole('heading', { name: 'Edit E002', level: 1 });
    expect(screen.getByLabelText(/^Findings/)).toHaveValue('Most happy');
    expect(screen.getByLabelText(/Rationale: how this item shows REL-3/)).toHaveValue('Used a survey');

    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await paste(user, title, 'Survey of gym members');
    await openUnit(user, /^Unit 5:/);
    await user.click(screen.getByRole('checkbox', { name: /^IMP-1/ }));
    await paste(user, screen.getByLabelText(/Rationale: how this item shows IMP-1/), 'Collected satisfaction data');
    await user.click(screen.getByRole('checkbox', { name: /^REL-3/ }));
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    expect(await screen.findByText('Saved E002: Survey of gym members')).toBeInTheDocument();
    const item = await db().evidence.get(id);
    expect(item).toMatchObject({ ref: 'E002', number: 2, title: 'Survey of gym members', version: 2 });
    expect((await listMappings(portfolioId)).map((m) => m.markingPointId)).toEqual(['IMP-1']);
    expect(await db().evidence.count()).toBe(2);
  });

  it('keeps shared fields when the kind changes, and asks before discarding typed values', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    const kind = screen.getByLabelText(/^Kind of evidence/);
    await user.selectOptions(kind, 'service-log');
    await user.type(screen.getByLabelText(/^Period covered/), 'March 2026');
    await user.selectOptions(kind, 'performance-report');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Period covered/)).toHaveValue('March 2026');
    await paste(user, screen.getByLabelText(/^KPIs, targets/), 'First response within 24h: 96%');

    await user.selectOptions(kind, 'witness-testimony');
    const dialog = await screen.findByRole('alertdialog', { name: 'Change to Witness testimony?' });
    expect(within(dialog).getByText(/First response within 24h: 96%/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep the current kind' }));
    expect(kind).toHaveValue('performance-report');
    expect(screen.getByLabelText(/^KPIs, targets/)).toHaveValue('First response within 24h: 96%');

    await user.selectOptions(kind, 'witness-testimony');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Change kind and discard' }));
    expect(kind).toHaveValue('witness-testimony');
    expect(screen.getByLabelText(/^Witness name/)).toHaveValue('');
    expect(screen.queryByLabelText(/^KPIs, targets/)).not.toBeInTheDocument();
  });

  it('shows the chosen marking point’s unit guidance beside the mapping', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await user.click(screen.getByLabelText('Internal customers (colleagues)'));
    await openUnit(user, /^Unit 1:/);
    await user.click(screen.getByRole('checkbox', { name: /^EXT-1/ }));
    const guidance = screen.getByRole('region', { name: /Guidance for unit 1/ });
    expect(within(guidance).getByRole('heading', { name: 'Exam tips' })).toBeInTheDocument();
    expect(within(guidance).getByText(/Confusing external customers with internal stakeholders/)).toBeInTheDocument();
    expect(within(guidance).getByText(/EXT-1 is about external customers, but this item says its customers were internal/)).toBeInTheDocument();
  });

  it('says so when the item does not exist', async () => {
    await renderPortfolioAt((p) => `/p/${p}/evidence/nope`);
    expect(await screen.findByRole('heading', { name: 'Evidence not found' })).toBeInTheDocument();
  });
});
