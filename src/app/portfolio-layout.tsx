import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { usePortfolio } from '../db';
import { cohortReturnOf } from '../ui/cohort-return';
import { PageHeader } from '../ui/page-header';
import { SiteHeader } from '../ui/site-header';
import { usePortfolioId } from '../ui/use-portfolio-id';
import { preloadLikelyScreens, preloadScreen, type ScreenName } from './preload-screens';

// `screen`: the chunk fetched when the link is pointed at or focused (the dashboard comes with the page).
const sections: { to: string; label: string; end: boolean; screen?: ScreenName }[] = [
  { to: '', label: 'Dashboard', end: true },
  { to: 'evidence', label: 'Evidence', end: false, screen: 'evidenceList' },
  { to: 'units', label: 'Units', end: false, screen: 'units' },
  { to: 'coverage', label: 'Coverage', end: false, screen: 'coverage' },
  { to: 'export', label: 'Export', end: false, screen: 'export' },
  { to: 'audit', label: 'Audit trail', end: false, screen: 'audit' },
  { to: 'settings', label: 'Settings', end: false, screen: 'settings' },
];

function preloadSection(screen: ScreenName | undefined): void {
  if (screen) preloadScreen(screen);
}

/** The shell of one portfolio: who it belongs to, and the sections of the app. */
export function PortfolioLayout() {
  const portfolioId = usePortfolioId();
  const portfolio = usePortfolio(portfolioId);
  // Opened from a cohort cell: kept while the tutor moves around this portfolio, so any of its pages leads back.
  const location = useLocation();
  const [cohortReturn] = useState(() => cohortReturnOf(location.state));
  // Once the shell and the dashboard are up, fetch the evidence screens while the learner reads.
  useEffect(() => preloadLikelyScreens(), []);

  return (
    <>
      <SiteHeader
        nav={
          <nav className="shell__nav" aria-label="Portfolio sections">
            <ul>
              {sections.map((s) => (
                <li key={s.label}>
                  <NavLink
                    to={s.to === '' ? `/p/${portfolioId}` : `/p/${portfolioId}/${s.to}`}
                    end={s.end}
                    onPointerEnter={() => preloadSection(s.screen)}
                    onFocus={() => preloadSection(s.screen)}
                  >
                    {s.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        }
      >
        {portfolio ? (
          <span className="shell__who">
            {portfolio.learnerName} · {portfolio.learnerNumber} · <Link to="/">Switch portfolio</Link>
          </span>
        ) : null}
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        {portfolio === undefined ? (
          <p role="status">Loading the portfolio…</p>
        ) : portfolio === null ? (
          <>
            <PageHeader title="Portfolio not found" />
            <p>
              This device holds no portfolio at this address. It may have been deleted. <Link to="/">Go to your portfolios</Link>.
            </p>
          </>
        ) : (
          <>
            {cohortReturn && cohortReturn.portfolioId === portfolioId ? (
              <p className="back-to-cohort">
                <Link to={cohortReturn.url} state={{ cohortFocus: { portfolioId, pointId: cohortReturn.pointId } }}>
                  <span aria-hidden="true">← </span>Back to the cohort
                </Link>
              </p>
            ) : null}
            <Outlet />
          </>
        )}
      </main>
    </>
  );
}
