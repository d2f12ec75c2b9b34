import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import type { AssessorReport, IqaRecord, SampleLineView } from '../../src/domain/iqa/report';
import type { IqaRound } from '../../src/domain/iqa/round';
import type { PlanCoverage } from '../../src/domain/iqa/sample';
import type { Decision, Person } from '../../src/domain/schemas';
import type { SignatureCheck } from '../../src/domain/signing/status';
import { iqaPdfInput } from '../../src/features/iqa/iqa-pdf-input';

const assessor: Person = { role: 'assessor', name: 'Morgan Ellis' };
const iqa: Person = { role: 'tutor', name: 'Riley Quinn' };
const at = '2026-03-02T10:00:00.000Z';

const check = (signer: Person, fingerprint: string, status: SignatureCheck['status']): SignatureCheck => ({ status, signer, fingerprint, signedAt: at });

function decision(id: string, markingPointId: string): Decision {
  return { id, portfolioId: 'p1', markingPointId, outcome: 'not-yet-met', feedback: 'More', methods: ['observation'], basedOn: [], assessor, decidedAt: at };
}

const round: IqaRound = {
  id: 'r1',
  name: 'Spring interim',
  by: iqa,
  createdAt: at,
  updatedAt: at,
  plan: { name: 'Spring interim', stage: 'interim', share: 25, newAssessorShare: 100, newAssessors: ['assessor:morgan ellis'], units: ['REL'], methods: ['observation'], notYetMetWeight: 3, seed: 42 },
  lines: [],
  portfolios: [{ portfolioId: 'p1', learnerName: 'Zoë Brontë', learnerNumber: 'L3-0042' }],
};

const line = (decisionId: string, point: string) => ({ portfolioId: 'p1', decisionId, markingPointId: point, unitId: 'REL', assessorId: 'assessor:morgan ellis', reasons: ['covers unit 4, which the plan requires'], addedBy: 'plan' as const });
const outcome: IqaRecord = { id: 'o1', portfolioId: 'p1', at, by: iqa, type: 'iqa', roundId: 'r1', decisionId: 'd1', markingPointId: 'REL-1', outcome: 'assessor-to-action', comment: 'Say which policy' };

const views: SampleLineView[] = [
  { line: line('d1', 'REL-1'), learnerName: 'Zoë Brontë', learnerNumber: 'L3-0042', onDevice: true, decision: decision('d1', 'REL-1'), decisionSignature: check(assessor, 'aa', 'not-confirmed'), current: true, outcome, outcomeSignature: check(iqa, 'bb', 'confirmed') },
  { line: line('d2', 'REL-2'), learnerName: 'Zoë Brontë', learnerNumber: 'L3-0042', onDevice: true, decision: decision('d2', 'REL-2'), decisionSignature: check(assessor, 'aa', 'not-confirmed'), current: true },
];
const reports: AssessorReport[] = [{ assessorId: 'assessor:morgan ellis', name: 'Morgan Ellis', isNew: true, decisions: 2, sampled: 2, agreed: 0, toAction: 1, disagreed: 0, awaiting: 1, planMet: true }];
const coverage: PlanCoverage = { assessors: [], units: [], methods: [], met: false, missing: ['Morgan Ellis: 2 of the 3 decisions the plan asks for are sampled'] };

describe('the IQA PDF’s input from a round', () => {
  const input = iqaPdfInput({ round, views, reports, coverage, assessorNames: new Map([['assessor:morgan ellis', 'Morgan Ellis']]), catalogue, now: at });

  it('names the plan in words: new assessors by name, units by number and title, methods by label, the stage', () => {
    expect(input.plan).toEqual({
      stage: 'Interim (during the course)',
      share: 25,
      newAssessorShare: 100,
      newAssessors: ['Morgan Ellis'],
      units: [`Unit 4: ${catalogue.units.find((u) => u.id === 'REL')?.title ?? ''}`],
      methods: ['Observation'],
      notYetMetWeight: 3,
      seed: 42,
    });
    expect(input).toMatchObject({ roundName: 'Spring interim', drawnBy: 'Riley Quinn', qualification: catalogue.title, coverage: { met: false, missing: coverage.missing } });
  });

  it('gives every line its decision, signature status, reasons and the IQA outcome where recorded', () => {
    expect(input.lines[0]).toEqual({
      learner: 'Zoë Brontë',
      learnerNumber: 'L3-0042',
      pointId: 'REL-1',
      assessor: 'Morgan Ellis',
      decisionOutcome: 'Not yet met',
      decisionDate: at,
      decisionSignature: 'signer not confirmed',
      methods: ['Observation'],
      reasons: ['covers unit 4, which the plan requires'],
      iqa: { outcome: 'Assessor to action', comment: 'Say which policy', by: 'Riley Quinn', at, signature: 'signature verified, signer confirmed' },
    });
    expect(input.lines[1]?.iqa).toBeUndefined();
    expect(input.reports[0]).toMatchObject({ assessor: 'Morgan Ellis', isNew: true, toAction: 1, awaiting: 1, planMet: true });
  });

  it('lists each signing key once, with what it signed in the record', () => {
    expect(input.signers).toEqual([
      { name: 'Morgan Ellis', role: 'Assessor', fingerprint: 'aa', signed: '2 decisions', status: 'signer not confirmed' },
      { name: 'Riley Quinn', role: 'Tutor or internal quality assurer (IQA)', fingerprint: 'bb', signed: '1 IQA outcome', status: 'signature verified, signer confirmed' },
    ]);
  });
});
