import { Link } from 'react-router';
import { findMarkingPoint, findUnit, unitOf } from '../../catalogue';
import { useAssessorQueue } from '../../db/assessment-hooks';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import { decisionOutcomeLabels } from '../../domain/schemas';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { IqaActions } from './iqa-actions';
import { IqaImport } from './iqa-import';
import './assess.css';

/**
 * `/queue`: the assessor's home. Units learners have marked ready and not yet signed off, across every
 * portfolio on this device, longest-waiting first; then decisions whose evidence has changed since.
 */
export function QueuePage() {
  const data = useAssessorQueue();
  return (
    <>
      <SiteHeader>
        <span className="shell__who">
          <Link to="/">All portfolios</Link>
        </span>
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        <PageHeader title="Your assessment queue" lead="Every portfolio on this device" />
        <p>
          To assess a learner, <Link to="/import">open their portfolio file (.folio)</Link>; it then appears here when they have marked a unit ready.
        </p>
        {data === undefined ? (
          <p role="status">Loading the queue…</p>
        ) : (
          <>
            <section className="card" aria-labelledby="waiting-title">
              <h2 id="waiting-title">Units waiting for assessment ({data.queue.units.length})</h2>
              {data.queue.units.length === 0 ? (
                <p>No unit is waiting: no learner on this device has marked a unit ready that is not signed off.</p>
              ) : (
                <ol className="queue-list">
                  {data.queue.units.map((u) => {
                    const unit = findUnit(u.unitId);
                    return (
                      <li key={`${u.portfolioId}:${u.unitId}`}>
                        <Link to={`/p/${u.portfolioId}/assess/${u.unitId}`}>
                          {u.learnerName} — unit {unit?.number}: {unit?.title}
                        </Link>
                        <p className="muted">
                          Ready since {formatDate(u.readySince)} · {u.decided} of {u.total} marking points decided
                        </p>
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
            <section className="card" aria-labelledby="stale-title">
              <h2 id="stale-title">Evidence changed since assessment ({data.queue.stale.length})</h2>
              {data.queue.stale.length === 0 ? (
                <p>No decision is out of date.</p>
              ) : (
                <ul className="queue-list">
                  {data.queue.stale.map(({ portfolioId, learnerName, decision }) => {
                    const unit = unitOf(decision.markingPointId);
                    return (
                      <li key={decision.id}>
                        <Link to={`/p/${portfolioId}/assess/${unit?.id ?? ''}?point=${decision.markingPointId}`}>
                          {learnerName} — {decision.markingPointId}: decide again
                        </Link>
                        <p className="muted">
                          {decisionOutcomeLabels[decision.outcome]} by {decision.assessor.name}, {formatDateTime(decision.decidedAt)}; the evidence has
                          changed since. {findMarkingPoint(decision.markingPointId)?.text}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </>
        )}
        <IqaActions />
        <IqaImport />
      </main>
    </>
  );
}
