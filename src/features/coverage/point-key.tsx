import { Link } from 'react-router';
import type { Coverage } from '../../domain/coverage';

/** The full text behind each column heading, for anyone who cannot hover over it. */
export function PointKey({ coverage, portfolioId }: { coverage: Coverage; portfolioId: string }) {
  return (
    <details className="point-key">
      <summary>Marking points in full</summary>
      {coverage.units.map((uc) => (
        <div key={uc.unit.id}>
          <h3>
            Unit {uc.unit.number}: {uc.unit.title}
          </h3>
          <dl>
            {uc.points.map((pc) => (
              <div key={pc.point.id}>
                <dt>
                  <Link to={`/p/${portfolioId}/points/${pc.point.id}`}>{pc.point.id}</Link>
                </dt>
                <dd>{pc.point.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </details>
  );
}
