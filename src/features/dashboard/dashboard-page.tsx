import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useMe, usePortfolio, usePortfolioData } from '../../db';
import { FlashMessage } from '../../ui/flash-message';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { GapList } from './gap-list';
import { nextSteps } from './next-steps';
import { NextStepsList } from './next-steps-list';
import { ProgressSummary } from './progress-summary';
import { RecentEvidence } from './recent-evidence';
import { UnitProgress } from './unit-progress';

// The coach's checks load on their own after the page, so they add nothing to the first screen's JavaScript.
const ReadyForAssessment = lazy(() => import('./ready-for-assessment'));

/** `/p/:portfolioId`: progress overall and per unit, what is missing, and what to do next. */
export function DashboardPage() {
  const portfolioId = usePortfolioId();
  const portfolio = usePortfolio(portfolioId);
  const data = usePortfolioData(portfolioId);
  const lead = portfolio ? `${portfolio.learnerName} · ${portfolio.centre}` : undefined;
  // Only the learner adds evidence; an assessor or tutor reads it.
  const isLearner = useMe(portfolio?.learnerName)?.role === 'learner';

  return (
    <>
      <PageHeader title="Dashboard" lead={lead}>
        {isLearner ? (
          <Link className="button" to={`/p/${portfolioId}/evidence/new`}>
            Add evidence
          </Link>
        ) : null}
      </PageHeader>
      <FlashMessage />
      {data === undefined ? (
        <p role="status">Loading your progress…</p>
      ) : (
        <div className="dashboard">
          {data.evidence.length === 0 ? (
            <section className="card empty-state" aria-labelledby="empty-title">
              <h2 id="empty-title">Your portfolio is empty</h2>
              <p>
                Start by recording a piece of evidence from your work — a complaint you handled, customer feedback, a witness
                testimony — then say which marking points it meets and why. Folio shows what is still missing as you go.
              </p>
              <div className="cluster">
                <Link className="button" to={`/p/${portfolioId}/evidence/new`}>
                  Add your first piece of evidence
                </Link>
                <Link to={`/p/${portfolioId}/units`}>See the units and marking points</Link>
              </div>
            </section>
          ) : null}
          <div className="dashboard__columns">
            <div className="dashboard__main">
              <ProgressSummary coverage={data.coverage} evidenceCount={data.evidence.length} />
              {data.evidence.length > 0 ? <NextStepsList steps={nextSteps(data.evidence, data.mappings, data.coverage)} portfolioId={portfolioId} /> : null}
              {data.evidence.length > 0 ? <GapList coverage={data.coverage} portfolioId={portfolioId} canAdd={isLearner} /> : null}
              {data.evidence.length > 0 ? (
                <Suspense fallback={null}>
                  <ReadyForAssessment portfolioId={portfolioId} data={data} />
                </Suspense>
              ) : null}
            </div>
            <div className="dashboard__side">
              <UnitProgress coverage={data.coverage} portfolioId={portfolioId} />
              {data.evidence.length > 0 ? <RecentEvidence evidence={data.evidence} mappings={data.mappings} portfolioId={portfolioId} /> : null}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
