import './coach-finding.css';
import { findUnit } from '../catalogue';
import type { CoachFinding, CoachSeverity } from '../domain/coach/types';
import type { CoachDismissal } from '../domain/coach/dismissals';

/** The severity in words, so it never rests on colour alone. */
export const severityWords: Record<CoachSeverity, string> = {
  fix: 'Fix before assessment',
  consider: 'Worth considering',
};

const sectionWords: Record<CoachFinding['source']['section'], string> = {
  misconceptions: 'common mistakes to avoid',
  examTips: 'tips',
  markingPoints: 'marking points',
  keyConcepts: 'key concepts',
  synopsis: 'overview',
};

/** One finding as the learner and the assessor read it: its severity, what to do, and "Why?" with the seed's words. */
export function CoachFindingText({ finding }: { finding: CoachFinding }) {
  const unit = findUnit(finding.source.seedUnitId);
  return (
    <>
      <p className="coach-finding__message">
        <strong className={`coach-finding__severity coach-finding__severity--${finding.severity}`}>{severityWords[finding.severity]}:</strong> {finding.message}
      </p>
      <details className="coach-finding__why">
        <summary>Why?</summary>
        <p>
          From the qualification’s {sectionWords[finding.source.section]}
          {unit ? ` for Unit ${unit.number}: ${unit.title}` : ''}:
        </p>
        <blockquote>{finding.source.quote}</blockquote>
      </details>
    </>
  );
}

/** "Dismissed by the learner: <reason>", shown in place of hiding a dismissed finding. */
export function DismissedNote({ dismissal }: { dismissal: CoachDismissal }) {
  return (
    <p className="coach-finding__dismissed">
      <strong>Dismissed</strong> by {dismissal.by.name}: {dismissal.reason}
    </p>
  );
}
