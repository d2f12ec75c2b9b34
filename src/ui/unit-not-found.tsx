import { Link } from 'react-router';
import { PageHeader } from './page-header';

/** The page for a unit id the qualification does not have (a mistyped or old address). */
export function UnitNotFound({ unitId, portfolioId }: { unitId: string; portfolioId: string }) {
  return (
    <>
      <PageHeader title="Unit not found" />
      <p>
        The qualification has no unit “{unitId}”. <Link to={`/p/${portfolioId}/units`}>See all units</Link>.
      </p>
    </>
  );
}
