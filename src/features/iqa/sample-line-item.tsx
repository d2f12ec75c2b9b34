import { Link } from 'react-router';
import { iqaOutcomeLabels } from '../../domain/iqa/outcomes';
import type { SampleLineView } from '../../domain/iqa/report';
import { formatDateTime } from '../../domain/readable-dates';
import { decisionOutcomeLabels } from '../../domain/schemas';
import { signatureStatusText } from '../../domain/signing/status';
import { OutcomeForm } from './outcome-form';

interface SampleLineItemProps {
  roundId: string;
  view: SampleLineView;
  assessorName: string;
  onRemove: () => void;
}

/** One sampled decision: whose, what was decided, why it was chosen, and the IQA's outcome. */
export function SampleLineItem({ roundId, view, assessorName, onRemove }: SampleLineItemProps) {
  const { line, decision, outcome } = view;
  const title = `${view.learnerName} — ${line.markingPointId}`;
  return (
    <li>
      <h3>{title}</h3>
      <dl className="facts">
        <dt>Assessor</dt>
        <dd>{assessorName}</dd>
        <dt>Decision</dt>
        <dd>
          {decision ? `${decisionOutcomeLabels[decision.outcome]}, ${formatDateTime(decision.decidedAt)}` : 'Not on this device'}
          {decision && !view.current ? ' (the assessor has decided this point again since)' : ''}
        </dd>
        <dt>Decision’s signature</dt>
        <dd>{view.decisionSignature ? signatureStatusText(view.decisionSignature) : 'unsigned'}</dd>
      </dl>
      <p className="sample-line__why">Chosen because:</p>
      <ul className="sample-line__reasons">
        {line.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {outcome ? (
        <div className="notice" role="group" aria-label={`IQA outcome for ${title}`}>
          <p>
            <strong>IQA outcome: {iqaOutcomeLabels[outcome.outcome]}</strong> — {outcome.by.name}, {formatDateTime(outcome.at)};{' '}
            {view.outcomeSignature ? signatureStatusText(view.outcomeSignature) : 'unsigned'}
          </p>
          {outcome.comment ? <p className="pre-line">{outcome.comment}</p> : null}
        </div>
      ) : null}
      <div className="sample-line__actions">
        {view.onDevice ? <Link to={`/p/${line.portfolioId}/points/${line.markingPointId}`}>Open {view.learnerName}’s portfolio at {line.markingPointId}</Link> : null}
        {outcome ? null : (
          <button type="button" className="button button--secondary button--small" onClick={onRemove}>
            Remove {line.markingPointId} of {view.learnerName} from the sample
          </button>
        )}
      </div>
      {view.onDevice && decision ? (
        <details>
          <summary>{outcome ? 'Record a new outcome' : 'Record an outcome'}</summary>
          <OutcomeForm roundId={roundId} line={line} label={`Outcome for ${title}`} />
        </details>
      ) : null}
    </li>
  );
}
