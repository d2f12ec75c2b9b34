import { Link } from 'react-router';
import { usePortfolioData } from '../../db';
import { PageHeader } from '../../ui/page-header';
import { Meter } from '../../ui/progress-bar';
import { UnitAssessmentLine } from '../../ui/unit-assessment-line';
import { usePortfolioId } from '../../ui/use-portfolio-id';

/** `/p/:portfolioId/units`: the units of the qualification, each with its progress. */
export function UnitsPage() {
  const portfolioId = usePortfolioId();
  const data = usePortfolioData(portfolioId);
  return (
    <>
      <PageHeader title="Units" lead="The units of the qualification and the examiner marking points in each." />
      {data === undefined ? (
        <p role="status">Loading the units…</p>
      ) : (
        <ul className="unit-cards">
          {data.coverage.units.map((uc) => {
            const gaps = uc.points.filter((p) => p.evidence.length === 0).map((p) => p.point.id);
            const gapLinks = gaps.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                <Link to={`/p/${portfolioId}/points/${id}`}>{id}</Link>
              </span>
            ));
            return (
              <li key={uc.unit.id} className="card">
                <h2>
                  <Link to={`/p/${portfolioId}/units/${uc.unit.id}`}>
                    Unit {uc.unit.number}: {uc.unit.title}
                  </Link>
                </h2>
                <Meter label={`Unit ${uc.unit.number} marking points evidenced`} value={uc.evidenced} max={uc.total} />
                <UnitAssessmentLine uc={uc} />
                <p className="unit-cards__status">
                  {gaps.length === 0 ? 'Every marking point has evidence.' : <>No evidence yet: {gapLinks}.</>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
