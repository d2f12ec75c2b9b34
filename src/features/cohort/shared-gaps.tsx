import type { Catalogue } from '../../catalogue/schema';
import { plural } from '../../domain/plural';
import { rankGaps, type GapOrder, type PointGap } from '../../domain/cohort/cohort';

interface SharedGapsProps {
  catalogue: Catalogue;
  gaps: readonly PointGap[];
  order: GapOrder;
  onOrder: (order: GapOrder) => void;
}

const orderLabels: Record<GapOrder, string> = { lacking: 'Most learners lacking first', catalogue: 'Catalogue order' };

/**
 * Every marking point with how many learners lack it (no evidence, or an assessor's "not yet met"), so the
 * tutor can plan a class around the gaps most learners share. Sorted most lacking first or as the
 * catalogue lists them; the page keeps the order in its address.
 */
export function SharedGaps({ catalogue, gaps, order, onOrder }: SharedGapsProps) {
  const unitNumber = new Map(catalogue.units.map((u) => [u.id, u.number]));
  const ranked = rankGaps(gaps, order);
  return (
    <section className="card" aria-labelledby="shared-gaps-title">
      <h2 id="shared-gaps-title">Shared gaps</h2>
      <div className="cohort-sort" role="group" aria-label="Sort the shared gaps">
        {(['lacking', 'catalogue'] as const).map((o) => (
          <button key={o} type="button" className="button button--secondary" aria-pressed={order === o} onClick={() => onOrder(o)}>
            {orderLabels[o]}
          </button>
        ))}
      </div>
      {/* Scrolls sideways in its own box on a phone; focusable so the keyboard can scroll it too. */}
      <div className="table-wrap" role="region" aria-label="Shared gaps table (scrolls sideways on a small screen)" tabIndex={0}>
        <table className="cohort-gaps">
          <caption className="visually-hidden">Marking points by how many learners lack them, {orderLabels[order].toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Marking point</th>
              <th scope="col">Unit</th>
              <th scope="col" aria-sort={order === 'lacking' ? 'descending' : 'none'}>
                Learners lacking it
              </th>
              <th scope="col">No evidence</th>
              <th scope="col">Not yet met</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((g) => (
              <tr key={g.pointId}>
                <th scope="row">
                  <span className="cohort-gaps__id">{g.pointId}</span> <span className="cohort-gaps__text">{g.text}</span>
                </th>
                <td>{unitNumber.get(g.unitId) ?? ''}</td>
                <td>
                  {g.lacking} of {g.learners}
                </td>
                <td>{g.noEvidence}</td>
                <td>{g.notYetMet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "The three most shared gaps", readable at the top of the page. */
export function TopGaps({ gaps }: { gaps: readonly PointGap[] }) {
  const top = rankGaps(gaps, 'lacking')
    .filter((g) => g.lacking > 0)
    .slice(0, 3);
  return (
    <section className="card cohort-top-gaps" aria-labelledby="top-gaps-title">
      <h2 id="top-gaps-title">{top.length === 3 ? 'The three most shared gaps' : 'The most shared gaps'}</h2>
      {top.length === 0 ? (
        <p>No learner shown lacks any marking point: every one has evidence and no “not yet met”.</p>
      ) : (
        <ol>
          {top.map((g) => (
            <li key={g.pointId}>
              <strong>{g.pointId}</strong>: {g.text} — lacking for {g.lacking} of {plural(g.learners, 'learner')} ({g.noEvidence} no evidence,{' '}
              {g.notYetMet} not yet met)
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
