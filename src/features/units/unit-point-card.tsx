import { Link } from 'react-router';
import type { PointCoverage } from '../../domain/coverage';
import { signatureNote } from '../../ui/signature-note';
import { StatusBadge } from '../../ui/status-badge';
import { thresholdText } from '../../domain/threshold-text';

/** One marking point on its unit's page: verbatim text, status, and the evidence mapped to it. */
export function UnitPointCard({ pc, portfolioId }: { pc: PointCoverage; portfolioId: string }) {
  const rationale = new Map(pc.mappings.map((m) => [m.evidenceId, m.rationale]));
  const pointUrl = `/p/${portfolioId}/points/${pc.point.id}`;
  return (
    <li className={pc.evidence.length === 0 ? 'card point-card point-card--gap' : 'card point-card'}>
      <div className="point-card__head">
        <h2 className="point-card__id">
          <Link to={pointUrl}>
            <span className="visually-hidden">Marking point</span>{' '}
            {pc.point.id}
          </Link>
        </h2>
        <StatusBadge status={pc.status} note={signatureNote(pc)} />
      </div>
      <p className="point-text">{pc.point.text}</p>
      {pc.point.threshold ? <p className="point-card__threshold">This marking point {thresholdText(pc.point.threshold)}.</p> : null}
      {pc.evidence.length === 0 ? (
        <p>
          No evidence mapped yet. <Link to={pointUrl}>Map evidence to {pc.point.id}</Link>
        </p>
      ) : (
        <>
          <h3 className="point-card__subhead">Evidence mapped here ({pc.evidence.length})</h3>
          <ul className="mapped-list">
            {pc.evidence.map((e) => (
              <li key={e.id}>
                <Link to={`/p/${portfolioId}/evidence/${e.id}`}>
                  {e.ref} {e.title}
                </Link>
                {rationale.get(e.id) ? <span className="mapped-list__rationale">{rationale.get(e.id)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
