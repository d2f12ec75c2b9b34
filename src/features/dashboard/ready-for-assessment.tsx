import { useMemo } from 'react';
import { Link } from 'react-router';
import { catalogue } from '../../catalogue';
import type { PortfolioData } from '../../db';
import { currentDismissals } from '../../domain/coach/dismissals';
import { readinessByUnit } from '../../domain/coach/ready-by-unit';
import { runCoach } from '../../domain/coach/run-coach';
import type { CoachFinding } from '../../domain/coach/types';
import { plural } from '../../domain/plural';
import { CoachFindingText, FindingItemLinks } from '../../ui/coach-finding';

/*
 * Loaded with React.lazy from the dashboard (src/features/dashboard/dashboard-page.tsx), so the coach's
 * checks stay out of the first screen's JavaScript; the default export is what React.lazy takes as it is.
 */

type Data = Pick<PortfolioData, 'evidence' | 'mappings' | 'records'>;

/** "Ready for assessment?": per unit, what the coach would still question, each finding linked to the item to fix. */
export default function ReadyForAssessment({ portfolioId, data }: { portfolioId: string; data: Data }) {
  const { evidence, mappings, records } = data;
  const readiness = useMemo(
    () => readinessByUnit(catalogue, runCoach({ catalogue, evidence, mappings }), currentDismissals(records)),
    [evidence, mappings, records],
  );
  const byId = useMemo(() => new Map(evidence.map((e) => [e.id, e])), [evidence]);

  function findingList(findings: readonly CoachFinding[]) {
    return (
      <ul className="coach__list">
        {findings.map((finding) => (
          <li key={`${finding.checkId}:${finding.evidenceIds.join()}:${finding.message}`} className="coach-finding">
            <FindingItemLinks portfolioId={portfolioId} finding={finding} items={byId} />
            <CoachFindingText finding={finding} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="card ready-check" aria-labelledby="ready-check-title">
      <h2 id="ready-check-title">Ready for assessment?</h2>
      <p className="muted">
        What an assessor would question in each unit, from the qualification’s own advice. Open an item to fix it, or to dismiss a finding with your reason.
        {readiness.dismissed > 0 ? ` ${plural(readiness.dismissed, 'finding')} you dismissed ${readiness.dismissed === 1 ? 'is' : 'are'} not listed here.` : ''}
      </p>
      {readiness.units.map(({ unit, findings }) => (
        <section key={unit.id} className="ready-check__unit" aria-labelledby={`ready-check-${unit.id}`}>
          <h3 id={`ready-check-${unit.id}`}>
            Unit {unit.number}: {unit.title}
          </h3>
          {findings.length === 0 ? <p>Nothing the coach would question.</p> : findingList(findings)}
        </section>
      ))}
      {readiness.unplaced.length > 0 ? (
        <section className="ready-check__unit" aria-labelledby="ready-check-unplaced">
          <h3 id="ready-check-unplaced">Not on a marking point yet</h3>
          <p className="muted">Items not mapped to any marking point, and plan-do-review cycles.</p>
          {findingList(readiness.unplaced)}
        </section>
      ) : null}
      <p>
        <Link to={`/p/${portfolioId}/cycles`}>See your plan-do-review cycles</Link>
      </p>
    </section>
  );
}
