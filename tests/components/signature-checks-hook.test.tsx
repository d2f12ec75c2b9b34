import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db } from '../../src/db';
import { signAsMe } from '../../src/db/identity';
import { useSignatureChecks } from '../../src/db/signature-checks';
import type { Decision } from '../../src/domain/schemas';
import { seedIdentity } from './support/identity';
import { freshDatabase } from './support/render-app';

beforeEach(freshDatabase);

const morgan = { role: 'assessor' as const, name: 'Morgan Ellis' };

function decisionOn(portfolioId: string): Decision {
  return {
    id: crypto.randomUUID(),
    portfolioId,
    markingPointId: 'EXT-1',
    outcome: 'met',
    feedback: '',
    methods: ['observation'],
    basedOn: [],
    assessor: morgan,
    decidedAt: '2026-11-12T10:00:00.000Z',
  };
}

describe('useSignatureChecks', () => {
  it('checks the portfolio’s signatures and follows new ones as they are written', async () => {
    await seedIdentity(morgan);
    const p = await createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L3-1', centre: 'Northgate', assessorName: 'Morgan Ellis', startDate: '2026-01-12' });
    const first = await signAsMe(decisionOn(p.id));
    await db().decisions.add(first);
    const { result } = renderHook(() => useSignatureChecks(p.id));
    await waitFor(() => expect(result.current?.get(first.id)?.status).toBe('confirmed'));
    const second = await signAsMe(decisionOn(p.id));
    await db().decisions.add({ ...second, feedback: 'changed after signing' });
    await waitFor(() => expect(result.current?.get(second.id)?.status).toBe('invalid'));
  });
});
