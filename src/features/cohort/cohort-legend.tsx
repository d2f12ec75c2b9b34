import { statusLabels, type CoverageStatus } from '../../domain/coverage';
import { statusSymbols } from '../../ui/status-badge';

const meanings: Record<CoverageStatus, string> = {
  none: 'no evidence is mapped to the marking point yet.',
  evidenced: 'evidence is mapped, and the learner has not yet marked the unit ready.',
  ready: 'the learner has marked the unit ready for assessment; no decision yet.',
  met: 'an assessor decided it is met (it counts towards progress when the decision’s signature holds).',
  'partially-met': 'an assessor decided it is partially met, with feedback.',
  'not-yet-met': 'an assessor decided it is not yet met, with feedback.',
  stale: 'the evidence changed after the assessor’s decision, so it no longer counts until they decide again.',
};

const order: CoverageStatus[] = ['none', 'evidenced', 'ready', 'met', 'partially-met', 'not-yet-met', 'stale'];

/** What each cell's symbol and colour mean, in words. */
export function CohortLegend() {
  return (
    <section className="matrix-legend" aria-labelledby="cohort-legend-title">
      <h2 id="cohort-legend-title">Key</h2>
      <ul>
        {order.map((status) => (
          <li key={status}>
            <span className={`matrix-legend__symbol cohort-cell--${status}`} aria-hidden="true">
              {statusSymbols[status]}
            </span>{' '}
            <strong>{statusLabels[status]}</strong>: {meanings[status]}
          </li>
        ))}
        <li>
          <span className="matrix-legend__symbol" aria-hidden="true">
            †
          </span>{' '}
          <strong>Signature to check</strong>: the assessor’s decision is unsigned, its signature does not hold, or this device has not
          confirmed the assessor’s key (“signer not confirmed”: exchange key cards on the You page). The cell’s words say which.
        </li>
      </ul>
    </section>
  );
}
