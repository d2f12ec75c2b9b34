import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { clock, createPortfolio, deletePortfolio, usePortfolios } from '../../db';
import type { Portfolio, PortfolioInput } from '../../domain/schemas';
import { DeletePortfolioDialog } from '../../ui/delete-portfolio-dialog';
import { FlashMessage } from '../../ui/flash-message';
import { PageHeader } from '../../ui/page-header';
import { SiteHeader } from '../../ui/site-header';
import { CreatePortfolioForm } from './create-portfolio-form';
import { PortfolioCard } from './portfolio-card';
import { useLoadDemo } from './use-load-demo';
import { ErrorNotice } from '../../ui/error-notice';

/**
 * `/`: the first-run screen on an empty device, otherwise the portfolios this device holds. A tutor, whose
 * home is the cohort, finds the same list at `/portfolios`, where Folio's name leads home.
 */
export function HomePage({ atHome = true }: { atHome?: boolean }) {
  const portfolios = usePortfolios();
  const navigate = useNavigate();
  const demo = useLoadDemo();
  const [creating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<Portfolio | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const deletedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (deleted) deletedRef.current?.focus();
  }, [deleted]);

  async function create(input: PortfolioInput) {
    const portfolio = await createPortfolio(input);
    await navigate(`/p/${portfolio.id}`);
  }

  async function loadDemo() {
    const id = await demo.loadDemo();
    if (id) await navigate(`/p/${id}`);
  }

  async function confirmDelete(p: Portfolio) {
    setToDelete(null);
    await deletePortfolio(p.id);
    setDeleted(`${p.learnerName}’s portfolio was deleted from this device.`);
  }

  const today = clock.now().slice(0, 10);
  const firstRun = portfolios !== undefined && portfolios.length === 0;

  const demoButton = (
    <button type="button" className={firstRun ? 'button' : 'button button--secondary'} onClick={loadDemo} disabled={demo.loading}>
      {demo.loading ? 'Loading the demo…' : 'Load the demo portfolio'}
    </button>
  );
  const importLink = <Link to="/import">Open a portfolio file (.folio)</Link>;

  return (
    <>
      <SiteHeader atHome={atHome} />
      <main id="main" tabIndex={-1}>
        {deleted ? (
          <p className="notice" role="status" tabIndex={-1} ref={deletedRef}>
            {deleted}
          </p>
        ) : (
          <FlashMessage />
        )}
        {demo.error ? (
          <ErrorNotice>
            {demo.error}
          </ErrorNotice>
        ) : null}
        {portfolios === undefined ? (
          <p role="status">Loading your portfolios…</p>
        ) : firstRun ? (
          <>
            <PageHeader
              title="Welcome to Folio"
              lead="Folio builds your Level 3 customer service evidence portfolio: record evidence, map it to the examiner marking points and see at once what is still missing. Everything stays on this device and works offline."
            />
            <div className="home-layout">
              <section className="card" aria-label="New portfolio">
                <CreatePortfolioForm onCreate={create} today={today} />
              </section>
              <div className="home-layout__side">
                <section className="card" aria-labelledby="try-demo-title">
                  <h2 id="try-demo-title">Try it first</h2>
                  <p>
                    Look around a made-up learner’s portfolio, with evidence that covers most but not all of the marking points, and
                    an assessor’s signed decisions on some of them: met, partly met with feedback, and one the learner’s later edit
                    made out of date.
                  </p>
                  {demoButton}
                </section>
                <section className="card" aria-labelledby="have-file-title">
                  <h2 id="have-file-title">Have a portfolio file?</h2>
                  <p>Bring a portfolio from another device or from your learner.</p>
                  <p>{importLink}</p>
                </section>
              </div>
            </div>
          </>
        ) : (
          <>
            <PageHeader title="Your portfolios" lead="The portfolios kept on this device. Open one to carry on.">
              <button type="button" className="button" aria-expanded={creating} aria-controls="new-portfolio" onClick={() => setCreating((c) => !c)}>
                Create a new portfolio
              </button>
              {demoButton}
            </PageHeader>
            <div id="new-portfolio" hidden={!creating}>
              {creating ? (
                <section className="card" aria-label="New portfolio">
                  <CreatePortfolioForm onCreate={create} today={today} />
                </section>
              ) : null}
            </div>
            <section aria-labelledby="portfolio-list-title">
              <h2 id="portfolio-list-title">
                On this device ({portfolios.length})
              </h2>
              <ul className="portfolio-list">
                {portfolios.map((p) => (
                  <PortfolioCard key={p.id} portfolio={p} onDelete={setToDelete} />
                ))}
              </ul>
            </section>
            <p>{importLink}</p>
          </>
        )}
      </main>
      <DeletePortfolioDialog portfolio={toDelete} onConfirm={confirmDelete} onCancel={() => setToDelete(null)} />
    </>
  );
}

/** `/portfolios`: the portfolios on this device, for a tutor whose home is the cohort. */
export function PortfoliosPage() {
  return <HomePage atHome={false} />;
}
