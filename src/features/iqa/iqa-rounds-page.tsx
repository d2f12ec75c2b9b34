import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { catalogue } from '../../catalogue';
import { useCohortPortfolios } from '../../db/cohort-data';
import { createRound, useRounds } from '../../db/iqa';
import { sampleCandidates } from '../../domain/iqa/candidates';
import { samplingStageLabels } from '../../domain/iqa/outcomes';
import { defaultPlan, type SamplingPlan } from '../../domain/iqa/plan';
import { proposeSample } from '../../domain/iqa/sample';
import { errorDetail } from '../../domain/error-detail';
import { formatDateTime } from '../../domain/readable-dates';
import { ErrorNotice } from '../../ui/error-notice';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { TutorNav } from '../../ui/tutor-nav';
import { PlanForm } from './plan-form';
import { allAssessors } from './use-sampling-data';
import './iqa.css';

/** A fresh seed for each new plan; the IQA may type their own, and the round keeps it. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/** `/iqa`: the sampling rounds on this device, and a plan to start a new one. */
export function IqaRoundsPage() {
  const rounds = useRounds();
  const portfolios = useCohortPortfolios();
  const navigate = useNavigate();
  const [defaults] = useState(() => defaultPlan(randomSeed()));
  const [failure, setFailure] = useState<string | null>(null);

  async function start(plan: SamplingPlan) {
    setFailure(null);
    if (!portfolios) return;
    const candidates = sampleCandidates(portfolios, catalogue, plan.stage);
    if (candidates.length === 0) {
      setFailure(
        `No assessor decision on this device can be sampled at the ${plan.stage} stage${plan.stage === 'summative' ? ' (no unit is signed off yet)' : ''}. Load the learners’ files, or choose the other stage.`,
      );
      return;
    }
    const lines = proposeSample(plan, candidates, catalogue);
    const learners = new Map(candidates.map((c) => [c.portfolioId, { portfolioId: c.portfolioId, learnerName: c.learnerName, learnerNumber: c.learnerNumber }]));
    try {
      const round = await createRound(plan, lines, [...learners.values()]);
      await navigate(`/iqa/${round.id}`);
    } catch (e) {
      setFailure(errorDetail(e, 'The round could not be saved.'));
    }
  }

  return (
    <>
      <SiteHeader nav={<TutorNav />} />
      <main id="main" tabIndex={-1}>
        <PageHeader title="Quality assurance" lead="Sampling assessors’ decisions on this device" />
        <section className="card" aria-labelledby="rounds-title">
          <h2 id="rounds-title">Sampling rounds</h2>
          {rounds === undefined ? (
            <p role="status">Loading the rounds…</p>
          ) : rounds.length === 0 ? (
            <p>No sampling round yet. Start one below.</p>
          ) : (
            <ul className="queue-list">
              {rounds.map((r) => (
                <li key={r.id}>
                  <Link to={`/iqa/${r.id}`}>{r.name}</Link>
                  <p className="muted">
                    {samplingStageLabels[r.plan.stage]} · {r.lines.length} {r.lines.length === 1 ? 'decision' : 'decisions'} sampled from {r.portfolios.length}{' '}
                    {r.portfolios.length === 1 ? 'learner' : 'learners'} · last changed {formatDateTime(r.updatedAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="start-title">
          <h2 id="start-title">Start a sampling round</h2>
          <p>
            Folio proposes a sample of the assessors’ decisions on this device from your plan, and says why it chose each one. You can then remove a decision or add one.
          </p>
          {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
          {portfolios === undefined ? (
            <p role="status">Reading the learners’ portfolios…</p>
          ) : portfolios.length === 0 ? (
            <p>
              No learner’s portfolio is on this device. <Link to="/import">Open the learners’ files (.folio)</Link> first.
            </p>
          ) : (
            <PlanForm defaults={defaults} assessors={allAssessors(portfolios)} submitLabel="Propose a sample" onSubmit={start} />
          )}
        </section>
      </main>
    </>
  );
}
