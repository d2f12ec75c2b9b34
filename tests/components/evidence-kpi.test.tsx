import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import type { Evidence, KpiRow } from '../../src/domain/schemas';
import { EvidenceDetails } from '../../src/ui/evidence-details';
import { paste, renderPortfolioAt } from './support/evidence-editor';
import type { UserEvent } from './support/render-app';
import { seedItem } from './support/seed';

/** The error beside a KPI cell, which must be linked to the cell for screen readers. */
function cellError(control: HTMLElement): string | null {
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const id = control.getAttribute('aria-describedby') ?? '';
  const error = document.getElementById(id);
  if (!error) throw new Error('the error is not linked to its cell');
  return (error.textContent ?? '').replace(/^Error: /, '');
}

const cell = (column: string, row = 1) => screen.getByLabelText(new RegExp(`^${column}, KPI ${row}\\b`));

async function startReport(user: UserEvent) {
  await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
  await paste(user, screen.getByLabelText(/^Title/), 'Contact centre KPIs');
  await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'performance-report');
  await user.click(screen.getByLabelText('External customers'));
}

async function fillRow(user: UserEvent, row: number, values: Partial<Record<'Measure' | 'Unit' | 'Before' | 'Date before' | 'Target' | 'After' | 'Date after', string>>) {
  for (const [column, value] of Object.entries(values)) {
    const control = cell(column, row);
    await user.clear(control);
    await user.type(control, value);
  }
}

const measuredRow: KpiRow = { id: 'row-a', measure: 'Replies within 24 hours', unit: '%', baseline: 61, baselineDate: '2026-03-01', target: 90, result: 78, resultDate: '2026-06-01' };
const openRow: KpiRow = { id: 'row-b', measure: 'Complaints', unit: 'a month', baseline: 14, baselineDate: '2026-03-01', target: 5 };

describe('KPI rows in the evidence editor', { timeout: 30_000 }, () => {
  it('saves a report’s KPIs as rows, reading "1,200" and "61.5", after a clear message beside a bad cell that saved nothing', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await startReport(user);
    await user.click(screen.getByRole('button', { name: 'Add a KPI row' }));
    expect(cell('Measure')).toHaveFocus();
    await fillRow(user, 1, { Measure: 'Calls answered', Unit: 'calls a week', Before: '1,200', 'Date before': '2026-03-01', Target: '1,500', After: '61%' });
    // A result typed but not a number is not previewed as "no result yet".
    expect(screen.queryByRole('img', { name: /^Chart of Calls answered/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));

    await waitFor(() => expect(cellError(cell('After'))).toBe('Enter the result as a number, such as 61.5 or 1,200'));
    expect(cellError(cell('Before'))).toBeNull();
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: /^KPI 1, after: Enter the result as a number/ })).toBeInTheDocument();
    // A result needs the date it was measured.
    await fillRow(user, 1, { After: '1,450.5' });
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await waitFor(() => expect(cellError(cell('Date after'))).toBe('Give the result and the date it was measured, or neither'));
    expect(await db().evidence.count()).toBe(0);

    await fillRow(user, 1, { 'Date after': '2026-06-01' });
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await screen.findByText('Saved E001: Contact centre KPIs');
    const [item] = await db().evidence.toArray();
    expect(item?.kpiRows).toEqual([
      { id: expect.any(String) as string, measure: 'Calls answered', unit: 'calls a week', baseline: 1200, baselineDate: '2026-03-01', target: 1500, result: 1450.5, resultDate: '2026-06-01' },
    ]);
    expect(item?.fields.kpis).toBe('');
  });

  it('asks for a row or the text when a report has neither, and saves nothing', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await startReport(user);
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByText(/^Add at least one KPI row/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'KPI rows' })).getByRole('alert')).toHaveTextContent('Add at least one KPI row');
    expect(await db().evidence.count()).toBe(0);
  });

  it('turns a report written as text into proposed rows, changing nothing stored until the learner saves, and keeps the text', async () => {
    const text = 'Call-back complaints 3 (down from 14); call-backs within 1 day 97% (target 95%)';
    let id = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence/${id}`,
      async (p) => void (id = (await seedItem(p, { title: 'Quarter 3 review', kind: 'performance-report', fields: { period: 'Q3', kpis: text, analysis: '', actions: '' } })).id),
    );
    await screen.findByRole('heading', { name: 'Edit E001', level: 1 });
    await user.click(screen.getByRole('button', { name: 'Turn these into rows' }));
    expect(await screen.findByText(/^Folio read 2 rows from the text/)).toBeInTheDocument();
    expect(cell('Measure', 1)).toHaveValue('Call-back complaints');
    expect(cell('Before', 1)).toHaveValue('14');
    expect(cell('After', 1)).toHaveValue('3');
    expect(cell('Measure', 2)).toHaveValue('Call-backs within 1 day');
    expect(cell('Unit', 2)).toHaveValue('%');
    expect(cell('Target', 2)).toHaveValue('95');
    expect(cell('Measure', 1)).toHaveFocus();
    // Proposed, not stored.
    const stored = await db().evidence.get(id);
    expect(stored?.kpiRows).toBeUndefined();
    expect(stored?.version).toBe(1);

    await fillRow(user, 1, { Unit: 'a quarter', 'Date before': '2026-06-30', Target: '5', 'Date after': '2026-09-30' });
    // The text gave no figure before for the second: the learner adds it.
    expect(cell('Before', 2)).toHaveValue('');
    await fillRow(user, 2, { Before: '82', 'Date before': '2026-06-30', 'Date after': '2026-09-30' });
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await screen.findByText('Saved E001: Quarter 3 review');
    const saved = await db().evidence.get(id);
    expect(saved?.fields.kpis).toBe(text);
    expect(saved?.kpiRows?.map((r) => [r.measure, r.unit, r.baseline, r.target, r.result])).toEqual([
      ['Call-back complaints', 'a quarter', 14, 5, 3],
      ['Call-backs within 1 day', '%', 82, 95, 97],
    ]);
  });

  it('offers an empty row beside text it cannot read', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await startReport(user);
    await paste(user, screen.getByLabelText(/^KPIs, targets and actual results as first written/), 'Complaints are much lower now');
    await user.click(screen.getByRole('button', { name: 'Turn these into rows' }));
    expect(await screen.findByText(/^Folio could not read a measure with its figures from the text/)).toBeInTheDocument();
    expect(cell('Measure')).toHaveValue('');
    expect(screen.getByLabelText(/^KPIs, targets and actual results as first written/)).toHaveValue('Complaints are much lower now');
    expect(screen.queryByRole('button', { name: 'Turn these into rows' })).toBeNull();
  });

  it('removes a row with undo, and previews the table and a chart of each complete row', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await startReport(user);
    await user.click(screen.getByRole('button', { name: 'Add a KPI row' }));
    await fillRow(user, 1, { Measure: 'Replies within 24 hours', Unit: '%', Before: '61', 'Date before': '2026-03-01', Target: '90', After: '78', 'Date after': '2026-06-01' });
    const chart = await screen.findByRole('img', { name: 'Chart of Replies within 24 hours (%): before 61, target 90, after 78' });
    const table = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(table?.tagName).toBe('TABLE');
    expect(within(table as HTMLElement).getByRole('row', { name: /Replies within 24 hours % 61 \(1 March 2026\) 90 78 \(1 June 2026\) \+17 percentage points/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove KPI 1, Replies within 24 hours' }));
    expect(screen.queryByLabelText(/^Measure, KPI 1/)).toBeNull();
    expect(screen.queryByRole('img', { name: /^Chart of/ })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(cell('Measure')).toHaveValue('Replies within 24 hours');
    expect(cell('After')).toHaveValue('78');
    expect(cell('Measure')).toHaveFocus();
  });
});

describe('KPI rows and a change of kind', { timeout: 30_000 }, () => {
  it('lists the rows among what a change of kind would discard, keeps them on "keep", and drops them on "change"', async () => {
    const { user } = await renderPortfolioAt((p) => `/p/${p}/evidence/new`);
    await startReport(user);
    await user.click(screen.getByRole('button', { name: 'Add a KPI row' }));
    await fillRow(user, 1, { Measure: 'Calls answered', Unit: 'calls' });
    const kind = screen.getByLabelText(/^Kind of evidence/);
    await user.selectOptions(kind, 'other');
    const dialog = await screen.findByRole('alertdialog', { name: 'Change to Other document?' });
    expect(within(dialog).getByText('KPI row', { selector: 'strong' }).closest('li')).toHaveTextContent('KPI row: Calls answered');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the current kind' }));
    expect(cell('Measure')).toHaveValue('Calls answered');

    await user.selectOptions(kind, 'other');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Change kind and discard' }));
    expect(screen.queryByRole('region', { name: 'KPI rows' })).toBeNull();
    await user.selectOptions(kind, 'performance-report');
    expect(screen.getByText('No KPI rows yet.')).toBeInTheDocument();
  });
});

describe('KPI links', { timeout: 30_000 }, () => {
  async function seedReport(portfolioId: string) {
    return seedItem(portfolioId, { title: 'Quarter 3 review', kind: 'performance-report', fields: { period: 'Q3', kpis: '', analysis: '', actions: '' }, kpiRows: [measuredRow, openRow] });
  }

  it('links the KPI rows an improvement moved, and the coach asks for the result of a linked row that has none', async () => {
    let reportId = '';
    const { user } = await renderPortfolioAt(
      (p) => `/p/${p}/evidence/new`,
      async (p) => void (reportId = (await seedReport(p)).id),
    );
    await screen.findByRole('heading', { name: 'Add evidence', level: 1 });
    await paste(user, screen.getByLabelText(/^Title/), 'Shared call-back list');
    await user.selectOptions(screen.getByLabelText(/^Kind of evidence/), 'other');
    await user.click(screen.getByLabelText('External customers'));
    await paste(user, screen.getByLabelText(/^What the document is and shows/), 'The list we set up for call-backs.');
    const links = screen.getByRole('region', { name: 'KPIs this item moved' });
    await user.click(within(links).getByRole('checkbox', { name: 'E001 · Complaints (a month)' }));
    const coach = screen.getByRole('region', { name: 'What an assessor would question' });
    expect(await within(coach).findByText(/claims to have moved “Complaints \(a month\)” in E001, but that row has no result yet/, {}, { timeout: 4000 })).toBeInTheDocument();
    await user.click(within(links).getByRole('checkbox', { name: 'E001 · Complaints (a month)' }));
    await user.click(within(links).getByRole('checkbox', { name: 'E001 · Replies within 24 hours (%)' }));
    await waitFor(() => expect(within(coach).queryByText(/has no result yet/)).toBeNull(), { timeout: 4000 });

    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    await screen.findByText('Saved E002: Shared call-back list');
    const saved = (await db().evidence.toArray()).find((e) => e.ref === 'E002');
    expect(saved?.kpiLinks).toEqual([{ evidenceId: reportId, kpiId: 'row-a' }]);
  });
});

describe('KPI rows read-only', () => {
  it('shows the table and a chart per row, the chart described by the table', () => {
    const item: Evidence = {
      id: 'e1', portfolioId: 'p', number: 1, ref: 'E001', title: 'Review', kind: 'performance-report', date: '2026-06-01', customerType: 'external',
      fields: { period: '', kpis: '', analysis: '', actions: '' }, reflection: '', tags: [], kpiRows: [measuredRow, openRow],
      version: 1, versionId: 'v1', createdAt: '2026-06-01T00:00:00Z', updatedAt: '2026-06-01T00:00:00Z',
    };
    render(<EvidenceDetails item={item} attachmentNames={[]} />);
    const table = screen.getByRole('table', { name: 'KPIs of E001' });
    expect(within(table).getByRole('row', { name: /Complaints a month 14 \(1 March 2026\) 5 Not yet No result yet/ })).toBeInTheDocument();
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Chart of Replies within 24 hours (%): before 61, target 90, after 78',
      'Chart of Complaints (a month): before 14, target 5, no result yet',
    ]);
    for (const c of charts) expect(c).toHaveAttribute('aria-describedby', table.id);
    expect(charts[1]?.querySelectorAll('rect')).toHaveLength(2);
  });

  it('names the KPI rows an item links, with their before and after', () => {
    const report: Evidence = {
      id: 'e1', portfolioId: 'p', number: 1, ref: 'E001', title: 'Review', kind: 'performance-report', date: '2026-06-01', customerType: 'external',
      fields: { period: '', kpis: '', analysis: '', actions: '' }, reflection: '', tags: [], kpiRows: [measuredRow, openRow],
      version: 1, versionId: 'v1', createdAt: '2026-06-01T00:00:00Z', updatedAt: '2026-06-01T00:00:00Z',
    };
    const note: Evidence = { ...report, id: 'e2', number: 2, ref: 'E002', kind: 'other', fields: { description: 'x' }, kpiRows: undefined, kpiLinks: [{ evidenceId: 'e1', kpiId: 'row-a' }, { evidenceId: 'e1', kpiId: 'row-b' }] };
    render(<EvidenceDetails item={note} attachmentNames={[]} portfolioEvidence={[report, note]} />);
    const list = screen.getByText('KPIs this item moved').closest('div') as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'E001 · Replies within 24 hours (%), 61 → 78',
      'E001 · Complaints (a month), 14 → no result yet',
    ]);
  });
});
