import { useMemo } from 'react';
import { catalogue } from '../../catalogue';
import type { PortfolioData } from '../../db';
import { currentDismissals, dismissalOf } from '../../domain/coach/dismissals';
import { runCoach } from '../../domain/coach/run-coach';
import { CoachFindingText, DismissedNote, FindingItemLinks } from '../../ui/coach-finding';

/** The coach's findings that concern one marking point, each naming the item it is about with a link to fix it there. */
export function PointCoach({ portfolioId, pointId, data }: { portfolioId: string; pointId: string; data: Pick<PortfolioData, 'evidence' | 'mappings' | 'records'> }) {
  const { evidence, mappings, records } = data;
  const findings = useMemo(
    () => runCoach({ catalogue, evidence, mappings }).filter((f) => f.markingPointIds.includes(pointId)),
    [evidence, mappings, pointId],
  );
  const dismissals = useMemo(() => currentDismissals(records), [records]);
  const byId = useMemo(() => new Map(evidence.map((e) => [e.id, e])), [evidence]);
  if (findings.length === 0) return null;
  return (
    <section className="card coach" aria-labelledby="point-coach-title">
      <h2 id="point-coach-title">What an assessor would question here</h2>
      <ul className="coach__list">
        {findings.map((finding) => {
          const dismissal = dismissalOf(finding, dismissals);
          return (
            <li key={`${finding.checkId}:${finding.message}`} className={dismissal ? 'coach-finding coach-finding--dismissed' : 'coach-finding'}>
              <FindingItemLinks portfolioId={portfolioId} finding={finding} items={byId} />
              <CoachFindingText finding={finding} />
              {dismissal ? <DismissedNote dismissal={dismissal} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
