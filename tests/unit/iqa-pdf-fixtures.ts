import type { IqaPdfInput, IqaPdfLine } from '../../src/pdf/iqa';

export const IQA_NOW = '2026-11-25T16:30:00.000Z';
export const MORGAN_KEY = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';
export const IQA_KEY = '0f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a6978';

const learners = ['Zoë Brontë', 'Łucja Wiśniewska', 'Ștefan Dumitrescu', 'Dev Patel'];
const points = ['EXT-1', 'EXT-3', 'PRN-2', 'DEL-4', 'REL-3', 'IMP-5'];

/** `n` sampled lines: Morgan's decisions (a new assessor) and Sam's, every third awaiting the IQA. */
export function iqaLines(n: number): IqaPdfLine[] {
  return Array.from({ length: n }, (_, i): IqaPdfLine => {
    const morgan = i % 2 === 0;
    const assessor = morgan ? 'Morgan Ellis' : 'Sam Okafor';
    return {
      learner: learners[i % learners.length] ?? '',
      learnerNumber: `L${100000 + i}`,
      pointId: points[i % points.length] ?? '',
      assessor,
      decisionOutcome: i % 5 === 0 ? 'Not yet met' : 'Met',
      decisionDate: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`,
      decisionSignature: i === 1 ? 'signature does not verify' : 'signer not confirmed',
      methods: i % 4 === 3 ? [] : ['Observation', 'Product evidence'],
      reasons: morgan ? [`Morgan Ellis is a new assessor: 100 % of their decisions are sampled (line ${i + 1})`] : [`drawn at random for Sam Okafor’s 25 % share (seed 42), line ${i + 1}`, 'covers the method observation, which the plan requires'],
      ...(i % 3 === 2
        ? {}
        : {
            iqa: {
              outcome: i % 3 === 0 ? 'Agreed' : 'Assessor to action',
              comment: i % 3 === 0 ? '' : `Feedback for line ${i + 1} must say what is missing — name the “review” stage.`,
              by: 'Priya Shah',
              at: '2026-11-24T11:00:00.000Z',
              signature: 'signature verified, signer confirmed',
            },
          }),
    };
  });
}

export function iqaInput(over: Partial<IqaPdfInput> = {}): IqaPdfInput {
  return {
    roundName: 'Autumn interim sample — Leeds',
    qualification: 'Level 3 Customer Service',
    drawnBy: 'Priya Shah',
    createdAt: '2026-11-20T09:15:00.000Z',
    updatedAt: '2026-11-24T11:00:00.000Z',
    plan: {
      stage: 'Interim (during the course)',
      share: 25,
      newAssessorShare: 100,
      newAssessors: ['Morgan Ellis'],
      units: ['Unit 3: Organise and deliver customer service'],
      methods: ['Observation', 'Professional discussion'],
      notYetMetWeight: 3,
      seed: 42,
    },
    coverage: { met: true, missing: [] },
    lines: iqaLines(6),
    reports: [
      { assessor: 'Morgan Ellis', isNew: true, decisions: 3, sampled: 3, agreed: 1, toAction: 1, disagreed: 0, awaiting: 1, planMet: true },
      { assessor: 'Sam Okafor', isNew: false, decisions: 12, sampled: 3, agreed: 1, toAction: 1, disagreed: 0, awaiting: 1, planMet: true },
    ],
    signers: [
      { name: 'Morgan Ellis', role: 'Assessor', fingerprint: MORGAN_KEY, signed: '3 decisions', status: 'signer not confirmed' },
      { name: 'Priya Shah', role: 'Tutor or internal quality assurer (IQA)', fingerprint: IQA_KEY, signed: '4 IQA outcomes', status: 'this device’s own key' },
    ],
    generatedAt: IQA_NOW,
    ...over,
  };
}
