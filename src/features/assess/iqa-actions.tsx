import { Link } from 'react-router';
import { unitOf } from '../../catalogue';
import { useIqaActions } from '../../db/iqa';
import { iqaOutcomeLabels } from '../../domain/iqa/outcomes';
import { formatDateTime } from '../../domain/readable-dates';
import { signatureStatusText } from '../../domain/signing/status';

/** Outcomes an IQA asks assessors to act on (to action, or disagreed), each linking to the point on the Assess screen. */
export function IqaActions() {
  const actions = useIqaActions();
  return (
    <section className="card" aria-labelledby="iqa-actions-title">
      <h2 id="iqa-actions-title">Quality assurance: to action{actions ? ` (${actions.length})` : ''}</h2>
      {actions === undefined ? (
        <p role="status">Loading…</p>
      ) : actions.length === 0 ? (
        <p>No quality assurance outcome asks for action on this device.</p>
      ) : (
        <ul className="queue-list">
          {actions.map(({ portfolioId, learnerName, outcome, decision, signature, decidedAgain }) => (
            <li key={outcome.id}>
              <Link to={`/p/${portfolioId}/assess/${unitOf(outcome.markingPointId)?.id ?? ''}?point=${outcome.markingPointId}`}>
                {learnerName} — {outcome.markingPointId}: {iqaOutcomeLabels[outcome.outcome]}
              </Link>
              <p className="muted">
                {outcome.by.name}, {formatDateTime(outcome.at)}
                {decision ? ` · decision by ${decision.assessor.name}` : ''} · {signature ? signatureStatusText(signature) : 'signature not checked'}
              </p>
              <p className="pre-line">{outcome.comment}</p>
              {decidedAgain ? <p className="muted">The point has been decided again since.</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
