import type { Decision } from './schemas';

/** A decision as format 1 files and schema 1–2 databases held it: no method, no hash, no signature. */
export interface DecisionV1 {
  id: string;
  portfolioId: string;
  markingPointId: string;
  outcome: 'met' | 'not-yet-met';
  feedback: string;
  assessorName: string;
  decidedAt: string;
  basedOn: Record<string, number>;
}

/**
 * The same decision in today's shape. It stays unsigned (so it is shown marked "unsigned" and never
 * counts as met), and its basis names version numbers only, with no hash.
 */
export function decisionFromV1(d: DecisionV1): Decision {
  return {
    id: d.id,
    portfolioId: d.portfolioId,
    markingPointId: d.markingPointId,
    outcome: d.outcome,
    feedback: d.feedback,
    methods: [],
    basedOn: Object.entries(d.basedOn).map(([evidenceId, version]) => ({ evidenceId, version })),
    assessor: { role: 'assessor', name: d.assessorName.trim() || 'Unknown assessor' },
    decidedAt: d.decidedAt,
  };
}
