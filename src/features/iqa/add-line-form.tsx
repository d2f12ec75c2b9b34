import { useId, useState } from 'react';
import type { SampleCandidate } from '../../domain/iqa/candidates';
import { lineKey, type SampleLine } from '../../domain/iqa/sample';
import { formatDate } from '../../domain/readable-dates';
import { decisionOutcomeLabels } from '../../domain/schemas';

interface AddLineFormProps {
  candidates: readonly SampleCandidate[];
  lines: readonly SampleLine[];
  onAdd: (candidate: SampleCandidate) => Promise<void>;
}

/** The IQA adds a decision the plan did not draw: choose the learner, then the point. */
export function AddLineForm({ candidates, lines, onAdd }: AddLineFormProps) {
  const id = useId();
  const sampled = new Set(lines.map(lineKey));
  const open = candidates.filter((c) => !sampled.has(lineKey({ portfolioId: c.portfolioId, decisionId: c.decision.id })));
  const learners = [...new Map(open.map((c) => [c.portfolioId, c.learnerName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));
  const [learner, setLearner] = useState('');
  const [decision, setDecision] = useState('');
  const theirs = open.filter((c) => c.portfolioId === learner).sort((a, b) => a.decision.markingPointId.localeCompare(b.decision.markingPointId, 'en-GB', { numeric: true }));
  const chosen = theirs.find((c) => c.decision.id === decision);

  if (learners.length === 0) return <p>Every decision this round could sample is already in the sample.</p>;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        void onAdd(chosen).then(() => setDecision(''));
      }}
      aria-label="Add a decision to the sample"
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-learner`}>
          Learner
        </label>
        <select
          id={`${id}-learner`}
          value={learner}
          onChange={(e) => {
            setLearner(e.target.value);
            setDecision('');
          }}
        >
          <option value="">Choose a learner</option>
          {learners.map(([pid, name]) => (
            <option key={pid} value={pid}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-decision`}>
          Marking point and decision
        </label>
        <select id={`${id}-decision`} value={decision} onChange={(e) => setDecision(e.target.value)} disabled={learner === ''}>
          <option value="">{learner === '' ? 'Choose a learner first' : 'Choose a decision'}</option>
          {theirs.map((c) => (
            <option key={c.decision.id} value={c.decision.id}>
              {c.decision.markingPointId}: {decisionOutcomeLabels[c.decision.outcome]} by {c.decision.assessor.name}, {formatDate(c.decision.decidedAt)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary" disabled={!chosen}>
        Add to the sample
      </button>
    </form>
  );
}
