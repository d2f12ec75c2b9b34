import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import type { Coverage } from '../../src/domain/coverage';
import { sampleCandidates, assessorsOf, type SamplingPortfolio } from '../../src/domain/iqa/candidates';
import { defaultPlan } from '../../src/domain/iqa/plan';
import { assessorReports, iqaReportCsv, latestIqaOutcomes, sampleLineViews, type IqaRecord } from '../../src/domain/iqa/report';
import { proposeSample } from '../../src/domain/iqa/sample';
import type { Decision } from '../../src/domain/schemas';
import { signerIdOf } from '../../src/domain/signers';
import { candidate } from './iqa-fixtures';

const iqa = { role: 'tutor' as const, name: 'Ines Quinn' };

function outcome(decisionId: string, over: Partial<IqaRecord> = {}): IqaRecord {
  return { id: `o-${decisionId}-${over.at ?? ''}`, portfolioId: 'p1', at: '2026-11-20T10:00:00.000Z', by: iqa, type: 'iqa', roundId: 'r1', decisionId, markingPointId: 'EXT-1', outcome: 'agreed', comment: '', ...over };
}

const decision = (id: string, point: string, decidedAt = '2026-11-10T10:00:00.000Z', name = 'Morgan Ellis'): Decision => ({
  id,
  portfolioId: 'p1',
  markingPointId: point,
  outcome: 'met',
  feedback: '',
  methods: ['observation'],
  basedOn: [],
  assessor: { role: 'assessor', name },
  decidedAt,
});

/** A portfolio with unit EXT signed off and decisions in EXT and REL (one point decided twice). */
function portfolio(): SamplingPortfolio {
  const units = catalogue.units.map((unit) => ({ unit, ...(unit.id === 'EXT' ? { signOff: { signOff: {} as never, countersign: 'not-needed' as const } } : {}) }));
  return {
    portfolio: { id: 'p1', learnerName: 'Zoë Brontë', learnerNumber: 'L1' },
    decisions: [decision('d1', 'EXT-1'), decision('d2', 'REL-1', '2026-11-01T10:00:00.000Z'), decision('d3', 'REL-1', '2026-11-05T10:00:00.000Z', 'morgan  ELLIS'), decision('d4', 'NOT-1')],
    checks: new Map([['d3', { status: 'not-confirmed' as const, signer: { role: 'assessor' as const, name: 'morgan  ELLIS' }, signedAt: '2026-11-05T10:00:00.000Z' }]]),
    coverage: { units } as unknown as Pick<Coverage, 'units'>,
  };
}

describe('sampleCandidates', () => {
  it('takes each point’s current decision: units not signed off for interim, signed off for summative', () => {
    const interim = sampleCandidates([portfolio()], catalogue, 'interim');
    expect(interim.map((c) => c.decision.id)).toEqual(['d3']);
    expect(interim[0]).toMatchObject({ unitId: 'REL', learnerName: 'Zoë Brontë', assessorId: 'assessor:morgan ellis', signature: { status: 'not-confirmed' } });
    expect(sampleCandidates([portfolio()], catalogue, 'summative').map((c) => c.decision.id)).toEqual(['d1']);
  });

  it('counts one assessor spelt two ways once, named as in their earliest decision', () => {
    const cs = [candidate({ portfolio: 'p1', decision: 'a', point: 'EXT-1', assessor: 'morgan ellis', decidedAt: '2026-11-09T10:00:00.000Z' }), candidate({ portfolio: 'p1', decision: 'b', point: 'EXT-2', assessor: 'Morgan Ellis', decidedAt: '2026-11-01T10:00:00.000Z' })];
    expect(assessorsOf(cs)).toEqual([{ id: 'assessor:morgan ellis', person: { role: 'assessor', name: 'Morgan Ellis' }, decisions: 2 }]);
    expect(assessorsOf([...cs].reverse())).toEqual(assessorsOf(cs));
  });
});

describe('the IQA report', () => {
  it('keeps the latest outcome per round and decision', () => {
    const early = outcome('d1', { at: '2026-11-20T10:00:00.000Z', outcome: 'assessor-to-action', comment: 'Add the date.' });
    const late = outcome('d1', { at: '2026-11-21T10:00:00.000Z' });
    const other = outcome('d1', { roundId: 'r2', at: '2026-11-19T10:00:00.000Z', outcome: 'disagreed', comment: 'No.' });
    const all = latestIqaOutcomes([late, other, early]);
    expect([...all.keys()].sort()).toEqual(['r1:d1', 'r2:d1']);
    expect(all.get('r1:d1')).toBe(late);
    expect([...latestIqaOutcomes([late, other, early], 'r2').values()]).toEqual([other]);
  });

  it('counts decisions, sampled, agreed, to action, disagreed and awaiting per assessor, and whether the plan is met', () => {
    const cs = [
      ...['a1', 'a2', 'a3', 'a4'].map((d, i) => candidate({ portfolio: `p${i}`, decision: d, point: 'EXT-1', assessor: 'Alex Brook' })),
      ...['m1', 'm2'].map((d, i) => candidate({ portfolio: `q${i}`, decision: d, point: 'REL-1', assessor: 'Morgan Ellis' })),
    ];
    const morganId = signerIdOf({ role: 'assessor', name: 'Morgan Ellis' });
    const plan = { ...defaultPlan(5), share: 50, newAssessors: [morganId] };
    const lines = proposeSample(plan, cs, catalogue);
    const alex = lines.filter((l) => l.assessorId !== morganId);
    expect(alex).toHaveLength(2);
    const o = (l: (typeof lines)[number], over: Partial<IqaRecord>) => outcome(l.decisionId, { portfolioId: l.portfolioId, markingPointId: l.markingPointId, ...over });
    const outcomes = latestIqaOutcomes([
      o(alex[0] as (typeof lines)[number], { outcome: 'assessor-to-action', comment: 'Say which policy.' }),
      o(alex[1] as (typeof lines)[number], {}),
      o(lines.find((l) => l.decisionId === 'm1') as (typeof lines)[number], { outcome: 'disagreed', comment: 'Not met.' }),
    ]);
    const reports = assessorReports(plan, lines, cs, outcomes);
    expect(reports).toEqual([
      { assessorId: 'assessor:alex brook', name: 'Alex Brook', isNew: false, decisions: 4, sampled: 2, agreed: 1, toAction: 1, disagreed: 0, awaiting: 0, planMet: true },
      { assessorId: morganId, name: 'Morgan Ellis', isNew: true, decisions: 2, sampled: 2, agreed: 0, toAction: 0, disagreed: 1, awaiting: 1, planMet: true },
    ]);
    const short = assessorReports(plan, lines.filter((l) => l.decisionId !== 'm2'), cs, outcomes);
    expect(short[1]).toMatchObject({ sampled: 1, awaiting: 0, planMet: false });
    // Morgan decides m1's point again: m1 is no longer a candidate, but it was sampled and judged, and still counts.
    const decidedAgain = assessorReports(plan, lines, cs.filter((c) => c.decision.id !== 'm1'), outcomes);
    expect(decidedAgain[1]).toMatchObject({ decisions: 1, sampled: 2, disagreed: 1, awaiting: 1, planMet: true });
  });

  it('writes the report as CSV with totals, names that look like formulas escaped', () => {
    const csv = iqaReportCsv([
      { assessorId: 'a', name: '=HYPERLINK("x")', isNew: true, decisions: 4, sampled: 4, agreed: 3, toAction: 1, disagreed: 0, awaiting: 0, planMet: true },
      { assessorId: 'b', name: 'Brook, Alex', isNew: false, decisions: 8, sampled: 1, agreed: 0, toAction: 0, disagreed: 0, awaiting: 1, planMet: false },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Assessor,New assessor,Decisions,Sampled,Agreed,Assessor to action,Disagreed,Awaiting an outcome,Plan met',
      `"'=HYPERLINK(""x"")",yes,4,4,3,1,0,0,yes`,
      '"Brook, Alex",no,8,1,0,0,0,1,no',
      'All assessors,1,12,5,3,1,0,1,no',
      '',
    ]);
  });

  it('joins each line with its decision, signature and latest outcome, and flags a decision made again since', () => {
    const p = { ...portfolio(), records: [outcome('d2', { outcome: 'assessor-to-action', comment: 'Add more.' })] };
    const round = {
      id: 'r1',
      lines: [
        { portfolioId: 'p1', decisionId: 'd2', markingPointId: 'REL-1', unitId: 'REL', assessorId: 'assessor:morgan ellis', reasons: ['x'], addedBy: 'plan' as const },
        { portfolioId: 'gone', decisionId: 'dx', markingPointId: 'REL-1', unitId: 'REL', assessorId: 'assessor:morgan ellis', reasons: ['x'], addedBy: 'plan' as const },
      ],
      portfolios: [
        { portfolioId: 'p1', learnerName: 'Zoë Brontë', learnerNumber: 'L1' },
        { portfolioId: 'gone', learnerName: 'Ada Lovelace', learnerNumber: 'L9' },
      ],
    };
    const [here, away] = sampleLineViews(round, [p]);
    expect(here).toMatchObject({ learnerName: 'Zoë Brontë', onDevice: true, current: false, decision: { id: 'd2' }, outcome: { outcome: 'assessor-to-action' } });
    expect(away).toMatchObject({ learnerName: 'Ada Lovelace', learnerNumber: 'L9', onDevice: false, current: false });
  });
});
