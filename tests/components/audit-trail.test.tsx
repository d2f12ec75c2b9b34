import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db';
import type { AuditEntry } from '../../src/domain/schemas';
import { freshDatabase, renderAt } from './support/render-app';
import { newPortfolio } from './support/seed';

beforeEach(freshDatabase);

async function seeded() {
  const p = await newPortfolio();
  // Only the entries below, at fixed times (creating the portfolio wrote one at the real time).
  await db().audit.clear();
  const entry = (id: string, at: string, role: AuditEntry['role'], name: string, action: string, detail: string): AuditEntry => ({
    id,
    portfolioId: p.id,
    at,
    role,
    name,
    action,
    detail,
  });
  await db().audit.bulkAdd([
    entry('a1', '2026-10-01T09:00:00.000Z', 'learner', 'Zoë Brontë', 'evidence added', 'E001 Who our customers are'),
    entry('a2', '2026-10-20T10:30:00.000Z', 'learner', 'Zoë Brontë', 'unit marked ready', 'Unit EXT marked ready for assessment'),
    entry('a3', '2026-11-02T14:05:00.000Z', 'assessor', 'Łucja Wiśniewska', 'decision recorded', 'EXT-1: met'),
    entry('a4', '2026-11-03T08:00:00.000Z', 'assessor', 'Łucja Wiśniewska', 'unit signed off', 'Unit EXT signed off'),
  ]);
  // Another portfolio's trail never shows here.
  await db().audit.add({ ...entry('other', '2026-11-04T08:00:00.000Z', 'learner', 'Someone Else', 'evidence added', 'E001 Elsewhere'), portfolioId: 'another' });
  return p;
}

const table = () => screen.findByRole('table');
const rows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));

describe('the audit trail screen', () => {
  it('lists every change of this portfolio, newest first, with who, role, when and what', async () => {
    const p = await seeded();
    renderAt(`/p/${p.id}/audit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    const all = await rows();
    expect(all).toHaveLength(4);
    expect(all[0]).toEqual(['3 November 2026, 08:00', 'Łucja Wiśniewska (Assessor)', 'unit signed off', 'Unit EXT signed off']);
    expect(all[3]).toEqual(['1 October 2026, 09:00', 'Zoë Brontë (Learner)', 'evidence added', 'E001 Who our customers are']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 4 recorded changes');
    expect(screen.getByRole('link', { name: 'Audit trail' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters by who and what, keeps the filters in the address, and clears them', async () => {
    const p = await seeded();
    const { user, router } = renderAt(`/p/${p.id}/audit`);
    await table();
    await user.selectOptions(screen.getByLabelText('Who'), 'Łucja Wiśniewska (Assessor)');
    expect((await rows()).map((r) => r[2])).toEqual(['unit signed off', 'decision recorded']);
    await user.selectOptions(screen.getByLabelText('What'), 'decision recorded');
    expect(await rows()).toEqual([['2 November 2026, 14:05', 'Łucja Wiśniewska (Assessor)', 'decision recorded', 'EXT-1: met']]);
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('who')).toBe('assessor:Łucja Wiśniewska');
    expect(search.get('what')).toBe('decision recorded');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 recorded changes');

    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(await rows()).toHaveLength(4);
    expect(router.state.location.search).toBe('');
  });

  it('opens with the filters an address carries, and narrows by day', async () => {
    const p = await seeded();
    renderAt(`/p/${p.id}/audit?from=2026-10-20&to=2026-11-02`);
    expect((await rows()).map((r) => r[2])).toEqual(['decision recorded', 'unit marked ready']);
    expect(screen.getByLabelText('From')).toHaveValue('2026-10-20');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-02');
  });

  it('says what is wrong when the dates cannot match, and shows nothing rather than guessing', async () => {
    const p = await seeded();
    const { user } = renderAt(`/p/${p.id}/audit?from=2026-11-05&to=2026-10-01`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The “From” date is after the “To” date, so no change can match. Swap them.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(screen.getByLabelText('To'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('No recorded change matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 4 recorded changes');
  });

  it('refuses a date in the address that is not a real day', async () => {
    const p = await seeded();
    renderAt(`/p/${p.id}/audit?from=2026-02-30`);
    expect(await screen.findByRole('alert')).toHaveTextContent('The “From” date is not a real date. Pick a day, or clear it to start from the first change.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
