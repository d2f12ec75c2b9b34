import { Link } from 'react-router';
import { allMarkingPoints } from '../../catalogue';

/** Previous and next marking point in catalogue order, for reading through them one by one. */
export function PointPager({ pointId, portfolioId }: { pointId: string; portfolioId: string }) {
  const i = allMarkingPoints.findIndex((p) => p.id === pointId);
  const prev = i > 0 ? allMarkingPoints[i - 1] : undefined;
  const next = i >= 0 ? allMarkingPoints[i + 1] : undefined;
  return (
    <nav className="pager" aria-label="Other marking points">
      {prev ? (
        <Link to={`/p/${portfolioId}/points/${prev.id}`} rel="prev">
          ← Previous: {prev.id}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={`/p/${portfolioId}/points/${next.id}`} rel="next">
          Next: {next.id} →
        </Link>
      ) : null}
    </nav>
  );
}
