import { Link } from 'react-router';
import { usePortfolioData } from '../../db';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { CoverageGrid } from './coverage-grid';
import { CoverageLegend } from './coverage-legend';
import { PointKey } from './point-key';
import { plural } from '../../domain/plural';

/** `/p/:portfolioId/coverage`: which item evidences which marking point, at a glance. */
export function CoveragePage() {
  const portfolioId = usePortfolioId();
  const data = usePortfolioData(portfolioId);

  return (
    <>
      <PageHeader title="Coverage matrix" lead="Every evidence item against every marking point, grouped by unit, as in an assessor’s mapping grid." />
      {data === undefined ? (
        <p role="status">Loading the matrix…</p>
      ) : data.evidence.length === 0 ? (
        <section className="card empty-state" aria-labelledby="matrix-empty-title">
          <h2 id="matrix-empty-title">No evidence yet</h2>
          <p>The matrix fills in as you add evidence and map it to the marking points.</p>
          <Link className="button" to={`/p/${portfolioId}/evidence/new`}>
            Add evidence
          </Link>
        </section>
      ) : (
        <>
          <p className="matrix-summary">
            {plural(data.evidence.length, 'evidence item')} · {data.coverage.evidenced} of{' '}
            {data.coverage.total} marking points evidenced.{' '}
            {data.coverage.gaps.length > 0 ? (
              <>
                <strong>No evidence yet:</strong>{' '}
                {data.coverage.gaps.map((g, i) => (
                  <span key={g.point.id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/p/${portfolioId}/points/${g.point.id}`}>{g.point.id}</Link>
                  </span>
                ))}
                .
              </>
            ) : (
              'Every marking point has evidence.'
            )}
          </p>
          <p id="matrix-help" className="muted">
            Tab into the grid, then use the arrow keys to move between cells (Home and End go to the start and end of a row).
            Enter opens the evidence item, or the marking point from a column heading.
          </p>
          <div className="matrix-scroll" role="region" aria-label="Coverage matrix (scrolls sideways)">
            <CoverageGrid portfolioId={portfolioId} evidence={data.evidence} mappings={data.mappings} coverage={data.coverage} describedBy="matrix-help" />
          </div>
          <CoverageLegend />
          <PointKey coverage={data.coverage} portfolioId={portfolioId} />
        </>
      )}
    </>
  );
}
