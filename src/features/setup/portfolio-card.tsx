import { Link } from 'react-router';
import { usePortfolioData } from '../../db';
import { formatDate } from '../../domain/readable-dates';
import type { Portfolio } from '../../domain/schemas';
import { Meter } from '../../ui/progress-bar';
import { plural } from '../../domain/plural';

/** One portfolio on this device: who it is for, how far it has got, and a way in. */
export function PortfolioCard({ portfolio, onDelete }: { portfolio: Portfolio; onDelete: (p: Portfolio) => void }) {
  const data = usePortfolioData(portfolio.id);
  const headingId = `portfolio-${portfolio.id}`;
  return (
    <li className="card portfolio-card">
      <h3 id={headingId} className="portfolio-card__name">
        <Link to={`/p/${portfolio.id}`}>{portfolio.learnerName}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>Learner number</dt>
          <dd>{portfolio.learnerNumber}</dd>
        </div>
        <div>
          <dt>Centre or employer</dt>
          <dd>{portfolio.centre}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{formatDate(portfolio.updatedAt)}</dd>
        </div>
      </dl>
      {data ? (
        <div>
          <p className="portfolio-card__progress">
            {data.coverage.evidenced} of {data.coverage.total} marking points evidenced ·{' '}
            {plural(data.evidence.length, 'evidence item')}
          </p>
          <Meter label={`Marking points evidenced for ${portfolio.learnerName}`} value={data.coverage.evidenced} max={data.coverage.total} />
        </div>
      ) : (
        <p className="muted">Counting evidence…</p>
      )}
      <div className="cluster portfolio-card__actions">
        <Link className="button" to={`/p/${portfolio.id}`}>
          Open{' '}
          <span className="visually-hidden">{portfolio.learnerName}’s portfolio</span>
        </Link>
        <button type="button" className="button button--secondary" onClick={() => onDelete(portfolio)}>
          Delete{' '}
          <span className="visually-hidden">{portfolio.learnerName}’s portfolio</span>
        </button>
      </div>
    </li>
  );
}
