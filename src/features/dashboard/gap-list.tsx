import { Link } from 'react-router';
import type { Coverage } from '../../domain/coverage';

/** Marking points with no evidence at all, in catalogue order, each with a way to fill it (for the learner, who adds evidence). */
export function GapList({ coverage, portfolioId, canAdd }: { coverage: Coverage; portfolioId: string; canAdd: boolean }) {
  const units = new Map(coverage.units.map((u) => [u.unit.id, u.unit]));
  return (
    <section className="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Gaps: marking points with no evidence ({coverage.gaps.length})</h2>
      {coverage.gaps.length === 0 ? (
        <p>Every marking point has at least one piece of evidence mapped to it.</p>
      ) : (
        <ul className="gap-list">
          {coverage.gaps.map((gap) => {
            const unit = units.get(gap.unitId);
            return (
              <li key={gap.point.id}>
                <p className="gap-list__head">
                  <span aria-hidden="true">○ </span>
                  <Link to={`/p/${portfolioId}/points/${gap.point.id}`}>{gap.point.id}</Link>
                  {unit ? <span className="muted"> · Unit {unit.number}</span> : null}
                </p>
                <p className="gap-list__text">{gap.point.text}</p>
                {canAdd ? (
                  <Link className="button button--small button--secondary" to={`/p/${portfolioId}/evidence/new?point=${gap.point.id}`}>
                    Add evidence{' '}
                    <span className="visually-hidden">for {gap.point.id}</span>
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
