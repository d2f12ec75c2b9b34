import { Link, useParams } from 'react-router';
import { findUnit } from '../../catalogue';
import { useMe, usePortfolio, usePortfolioData } from '../../db';
import { unitAsksForCycles } from '../../domain/cycles/cycle-summary';
import { PageHeader } from '../../ui/page-header';
import { UnitNotFound } from '../../ui/unit-not-found';
import { Meter } from '../../ui/progress-bar';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { UnitGuidanceCard } from './unit-guidance-card';
import { ReadySection } from './ready-section';
import { UnitPointCard } from './unit-point-card';

/** `/p/:portfolioId/units/:unitId`: a unit's marking points and evidence, with its guidance beside them. */
export function UnitPage() {
  const portfolioId = usePortfolioId();
  const { unitId = '' } = useParams();
  const unit = findUnit(unitId);
  const data = usePortfolioData(portfolioId);
  const portfolio = usePortfolio(portfolioId);
  const me = useMe(portfolio?.learnerName);

  if (!unit) return <UnitNotFound unitId={unitId} portfolioId={portfolioId} />;
  const uc = data?.coverage.units.find((u) => u.unit.id === unit.id);

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/p/${portfolioId}/units`}>Units</Link>
      </nav>
      <PageHeader title={`Unit ${unit.number}: ${unit.title}`} />
      <div className="with-guidance">
        <div className="with-guidance__main">
          <p className="synopsis">{unit.synopsis}</p>
          {unitAsksForCycles(unit) ? (
            <p>
              This unit asks for evidence that runs through a whole cycle: <Link to={`/p/${portfolioId}/cycles`}>see your plan-do-review cycles</Link>.
            </p>
          ) : null}
          {uc ? (
            <>
              <p className="unit-progress-line">
                {uc.evidenced} of {uc.total} marking points in this unit have evidence.
              </p>
              <Meter label={`Unit ${unit.number} marking points evidenced`} value={uc.evidenced} max={uc.total} />
              {me ? <ReadySection portfolioId={portfolioId} uc={uc} me={me} /> : null}
              <ul className="point-cards" aria-label={`Marking points of unit ${unit.number}`}>
                {uc.points.map((pc) => (
                  <UnitPointCard key={pc.point.id} pc={pc} portfolioId={portfolioId} />
                ))}
              </ul>
            </>
          ) : (
            <p role="status">Loading the evidence…</p>
          )}
        </div>
        <div className="with-guidance__side">
          <UnitGuidanceCard unit={unit} />
        </div>
      </div>
    </>
  );
}
