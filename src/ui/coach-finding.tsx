import './coach-finding.css';
import { Link } from 'react-router';
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

/** The items a finding is about, each linked to its editor, where the learner fixes or dismisses it. */
export function FindingItemLinks({
  portfolioId,
  finding,
  items,
}: {
  portfolioId: string;
  finding: Pick<CoachFinding, 'evidenceIds'>;
  items: ReadonlyMap<string, { ref: string; title: string }>;
}) {
  return (
    <p className="coach-finding__items">
      {finding.evidenceIds.map((id, i) => {
        const item = items.get(id);
        return item ? (
          <span key={id}>
            {i > 0 ? ', ' : ''}
            <Link to={`/p/${portfolioId}/evidence/${id}`}>
              {item.ref} {item.title}
            </Link>
          </span>
        ) : null;
      })}
    </p>
  );
}
