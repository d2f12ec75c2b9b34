import { statusLabels, type Coverage } from '../../domain/coverage';
import { formatDateTime } from '../../domain/readable-dates';
import type { DecisionRow, EvidenceLink, PdfModel } from './types';

/** The assessor's decisions on the marking points in the export, in catalogue order. */
export function buildDecisions(
  coverage: Coverage,
  pointIds: ReadonlySet<string>,
  linkFor: (evidenceId: string) => EvidenceLink | undefined,
): PdfModel['decisions'] {
  return {
    heading: 'Assessor decisions and feedback',
    anchor: 'decisions',
    head: ['Marking point', 'Decision', 'Feedback', 'Assessor', 'Based on'],
    staleNote: 'Out of date: the evidence has changed since',
    rows: decisionRows(coverage, pointIds, linkFor),
  };
}

function decisionRows(
  coverage: Coverage,
  pointIds: ReadonlySet<string>,
  linkFor: (evidenceId: string) => EvidenceLink | undefined,
): DecisionRow[] {
  return coverage.units
    .flatMap((u) => u.points)
    .filter((p) => pointIds.has(p.point.id))
    .flatMap((p) => {
      const d = p.decision;
      if (!d) return [];
      return [
        {
          pointId: p.point.id,
          pointText: p.point.text,
          outcome: statusLabels[d.outcome],
          stale: p.stale,
          feedback: d.feedback.trim(),
          assessor: d.assessor.name,
          decidedAt: formatDateTime(d.decidedAt),
          basedOn: d.basedOn
            .map((b) => linkFor(b.evidenceId))
            .filter((l): l is EvidenceLink => l !== undefined)
            .sort((a, b) => a.ref.length - b.ref.length || a.ref.localeCompare(b.ref)),
        },
      ];
    });
}
