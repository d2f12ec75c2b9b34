import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '../../src/domain/merge';
import { emptyPortfolio } from './device-sim';

describe('merging the portfolio’s legislation and policies lists', () => {
  it('keeps every name either copy holds, whichever copy’s details win, and in either order', () => {
    const local = emptyPortfolio('2026-11-01T09:00:00.000Z');
    const incoming = emptyPortfolio('2026-11-01T09:00:00.000Z');
    local.portfolio = { ...local.portfolio, legislation: ['Financial Services and Markets Act 2000'], policies: ['Customer charter', 'Refunds policy'] };
    incoming.portfolio = { ...incoming.portfolio, centre: 'Hillside', updatedAt: '2026-11-03T09:00:00.000Z', policies: ['customer charter', 'Complaints procedure'] };
    const merged = mergeSnapshots(local, incoming).snapshot.portfolio;
    expect(merged.centre).toBe('Hillside');
    expect(merged.legislation).toEqual(['Financial Services and Markets Act 2000']);
    // The newer copy's spelling first; a name differing only in case is one name.
    expect(merged.policies).toEqual(['customer charter', 'Complaints procedure', 'Refunds policy']);
    expect(mergeSnapshots(incoming, local).snapshot.portfolio).toEqual(merged);
  });

  it('changes nothing when merged again, and leaves the lists absent when neither copy has one', () => {
    const local = emptyPortfolio();
    local.portfolio = { ...local.portfolio, policies: ['Customer charter'] };
    const once = mergeSnapshots(local, local).snapshot;
    expect(mergeSnapshots(once, local).snapshot.portfolio).toEqual(once.portfolio);
    const plain = mergeSnapshots(emptyPortfolio(), emptyPortfolio()).snapshot.portfolio;
    expect('legislation' in plain || 'policies' in plain).toBe(false);
  });
});
