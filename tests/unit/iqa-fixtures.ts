import { unitOf } from '../../src/catalogue';
import type { SampleCandidate } from '../../src/domain/iqa/candidates';
import type { AssessmentMethod, Decision, DecisionOutcome } from '../../src/domain/schemas';
import { signerIdOf } from '../../src/domain/signers';

/** One candidate decision, as sampleCandidates makes them, from plain values. */
export function candidate(o: {
  portfolio: string;
  learner?: string;
  decision: string;
  point: string;
  assessor: string;
  outcome?: DecisionOutcome;
  methods?: AssessmentMethod[];
  decidedAt?: string;
}): SampleCandidate {
  const assessor = { role: 'assessor' as const, name: o.assessor };
  const decision: Decision = {
    id: o.decision,
    portfolioId: o.portfolio,
    markingPointId: o.point,
    outcome: o.outcome ?? 'met',
    feedback: o.outcome === undefined || o.outcome === 'met' ? '' : 'Add more.',
    methods: o.methods ?? ['product-evidence'],
    basedOn: [],
    assessor,
    decidedAt: o.decidedAt ?? '2026-11-10T10:00:00.000Z',
  };
  return {
    portfolioId: o.portfolio,
    learnerName: o.learner ?? `Learner ${o.portfolio}`,
    learnerNumber: `N-${o.portfolio}`,
    decision,
    unitId: unitOf(o.point)?.id ?? 'none',
    assessorId: signerIdOf(assessor),
  };
}

const POINTS = ['EXT-1', 'EXT-2', 'EXT-3', 'PRN-1', 'PRN-2', 'DEL-1', 'DEL-2', 'REL-1', 'REL-2', 'IMP-1'];

/**
 * A cohort's candidates: `count` decisions by each assessor named, spread over learners and points, all
 * met by product evidence unless `over` changes one (by its index in the result).
 */
export function cohortCandidates(assessors: Record<string, number>, over: (c: SampleCandidate, i: number) => SampleCandidate = (c) => c): SampleCandidate[] {
  const out: SampleCandidate[] = [];
  let i = 0;
  for (const [name, count] of Object.entries(assessors)) {
    for (let k = 0; k < count; k += 1) {
      const c = candidate({ portfolio: `p${(i % 7) + 1}-${name.slice(0, 3)}`, decision: `d-${name.slice(0, 3)}-${k}`, point: POINTS[k % POINTS.length] ?? 'EXT-1', assessor: name });
      out.push(over(c, i));
      i += 1;
    }
  }
  return out;
}
