import { Link } from 'react-router';
import type { Coverage } from '../../domain/coverage';
import { Meter } from '../../ui/progress-bar';

export function UnitProgress({ coverage, portfolioId }: { coverage: Coverage; portfolioId: string }) {
  return (
    <section className="card" aria-labelledby="units-progress-title">
      <h2 id="units-progress-title">Progress per unit</h2>
      <ul className="unit-progress">
        {coverage.units.map((uc) => (
          <li key={uc.unit.id}>
            <Link to={`/p/${portfolioId}/units/${uc.unit.id}`}>
              Unit {uc.unit.number}: {uc.unit.title}
            </Link>
            <Meter label={`Unit ${uc.unit.number} marking points evidenced`} value={uc.evidenced} max={uc.total} />
          </li>
        ))}
      </ul>
    </section>
  );
}
