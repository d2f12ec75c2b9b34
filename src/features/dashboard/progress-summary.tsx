import type { Coverage } from '../../domain/coverage';
import { percent } from '../../domain/coverage';
import { Meter } from '../../ui/progress-bar';
import { plural } from '../../domain/plural';

/** The one figure that matters most: how many marking points have evidence at all. */
export function ProgressSummary({ coverage, evidenceCount }: { coverage: Coverage; evidenceCount: number }) {
  const all = coverage.units.flatMap((u) => u.points);
  const met = all.filter((p) => p.status === 'met').length;
  return (
    <section className="card" aria-labelledby="overall-title">
      <h2 id="overall-title">Overall progress</h2>
      <p className="dashboard__figure">
        <strong>
          {coverage.evidenced} of {coverage.total}
        </strong>{' '}
        marking points evidenced ({percent(coverage.evidenced, coverage.total)}%)
      </p>
      <Meter label="Marking points evidenced" value={coverage.evidenced} max={coverage.total} />
      <p className="muted">
        {plural(evidenceCount, 'evidence item')}
        {met > 0 ? ` · ${plural(met, 'marking point')} met by your assessor` : ''}
      </p>
    </section>
  );
}
