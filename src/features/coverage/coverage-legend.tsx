/** What the grid's symbols mean, in words. */
export function CoverageLegend() {
  return (
    <section className="matrix-legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Key</h2>
      <ul>
        <li>
          <span className="matrix-legend__symbol matrix__cell--on" aria-hidden="true">
            ✓
          </span>{' '}
          The item is mapped to the marking point.
        </li>
        <li>
          <span className="matrix-legend__symbol" aria-hidden="true">
            ·
          </span>{' '}
          Not mapped.
        </li>
        <li>
          <span className="matrix-legend__symbol matrix__cell--gap" aria-hidden="true">
            ⚠
          </span>{' '}
          No evidence: no item is mapped to this marking point yet (its column is shaded and headed “No evidence”).
        </li>
        <li>
          <span className="matrix-legend__symbol" aria-hidden="true">
            ⚠
          </span>{' '}
          Evidence changed since assessment: the assessor’s decision on this marking point judged evidence that has changed
          since, so it no longer counts until the assessor decides again.
        </li>
      </ul>
    </section>
  );
}
