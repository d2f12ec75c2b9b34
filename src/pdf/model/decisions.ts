import { statusLabels, type Coverage } from '../../domain/coverage';
import { formatDateTime } from '../../domain/readable-dates';
import { assessmentMethodLabels } from '../../domain/schemas';
import { signatureLine, type SignatureChecks } from './signatures';
import type { DecisionRow, EvidenceLink, PdfModel } from './types';

/** What the PDF prints where a decision's evidence has changed since it was judged. */
export const STALE_WORDS = 'Evidence changed since assessment';

/** The assessor's current decisions on the marking points in the export, in catalogue order. */
export function buildDecisions(
  coverage: Coverage,
  pointIds: ReadonlySet<string>,
  linkFor: (evidenceId: string) => EvidenceLink | undefined,
  checks: SignatureChecks,
): PdfModel['decisions'] {
  return {
    heading: 'Assessor decisions and feedback',
    anchor: 'decisions',
    intro:
      'The current decision on each marking point, with the methods used, the feedback and the signature. A decision counts as met only when it is met, signed, its signature verifies and its evidence has not changed since assessment; until re-assessed, a changed item’s decision does not count.',
    head: ['Marking point', 'Decision', 'Feedback', 'Method', 'Assessor and signature', 'Based on'],
    staleNote: STALE_WORDS,
    rows: decisionRows(coverage, pointIds, linkFor, checks),
  };
}

function decisionRows(
  coverage: Coverage,
  pointIds: ReadonlySet<string>,
  linkFor: (evidenceId: string) => EvidenceLink | undefined,
  checks: SignatureChecks,
): DecisionRow[] {
  return coverage.units
    .flatMap((u) => u.points)
    .filter((p) => pointIds.has(p.point.id))
    .flatMap((p) => {
      const d = p.decision;
      if (!d) return [];
      const signature = signatureLine(d.id, d.signature, checks);
      return [
        {
          pointId: p.point.id,
          pointText: p.point.text,
          outcome: statusLabels[d.outcome],
          stale: p.stale,
          countsAsMet: p.countsAsMet,
          feedback: d.feedback.trim(),
          methods: d.methods.map((m) => assessmentMethodLabels[m]).join(', '),
          assessor: d.assessor.name,
          decidedAt: formatDateTime(d.decidedAt),
          signature,
          basedOn: d.basedOn
            .map((b) => linkFor(b.evidenceId))
            .filter((l): l is EvidenceLink => l !== undefined)
            .sort((a, b) => a.ref.length - b.ref.length || a.ref.localeCompare(b.ref)),
        },
      ];
    });
}
