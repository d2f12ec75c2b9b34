import { statusLabels, type Coverage } from '../domain/coverage';
import { formatDateTime } from '../domain/readable-dates';
import type { DecisionRow, EvidenceLink } from './model-types';

/** The assessor's decisions on the marking points in the export, in catalogue order. */
export function decisionRows(
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
          assessor: d.assessorName,
          decidedAt: formatDateTime(d.decidedAt),
          basedOn: Object.keys(d.basedOn)
            .map(linkFor)
            .filter((l): l is EvidenceLink => l !== undefined)
            .sort((a, b) => a.ref.length - b.ref.length || a.ref.localeCompare(b.ref)),
        },
      ];
    });
}
