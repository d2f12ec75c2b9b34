import { describe, expect, it } from 'vitest';
import { learnerNumberClashes } from '../../src/domain/cohort/learner-number-clashes';
import type { Portfolio } from '../../src/domain/schemas';

function portfolio(id: string, learnerNumber: string): Portfolio {
  return {
    id,
    learnerName: `Learner ${id}`,
    learnerNumber,
    centre: 'Centre',
    assessorName: 'Morgan Ellis',
    startDate: '2026-01-05',
    qualificationId: 'customer-service-l3',
    nextEvidenceNumber: 1,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  };
}

describe('learnerNumberClashes', () => {
  it('flags portfolios whose numbers match once case, spaces and the ends are ignored', () => {
    const clashes = learnerNumberClashes([portfolio('a', 'L123456'), portfolio('b', ' l 123 456 '), portfolio('c', 'L999999'), portfolio('d', 'l123456')]);
    expect(clashes.get('a')).toEqual(['b', 'd']);
    expect(clashes.get('b')).toEqual(['a', 'd']);
    expect(clashes.get('d')).toEqual(['a', 'b']);
    expect(clashes.has('c')).toBe(false);
  });

  it('never flags a portfolio against itself, and leaves different numbers alone', () => {
    const clashes = learnerNumberClashes([portfolio('a', 'L1'), portfolio('a', 'L1'), portfolio('b', 'L12')]);
    expect(clashes.size).toBe(0);
  });
});
