import { Link, NavLink, Outlet } from 'react-router';
import { usePortfolio } from '../db';
import { PageHeader } from '../ui/page-header';
import { SiteHeader } from '../ui/site-header';
import { usePortfolioId } from '../ui/use-portfolio-id';

const sections = [
  { to: '', label: 'Dashboard', end: true },
  { to: 'evidence', label: 'Evidence', end: false },
  { to: 'units', label: 'Units', end: false },
  { to: 'coverage', label: 'Coverage', end: false },
  { to: 'export', label: 'Export', end: false },
  { to: 'settings', label: 'Settings', end: false },
];

/** The shell of one portfolio: who it belongs to, and the sections of the app. */
export function PortfolioLayout() {
  const portfolioId = usePortfolioId();
  const portfolio = usePortfolio(portfolioId);

  return (
    <>
      <SiteHeader
        nav={
          <nav className="shell__nav" aria-label="Portfolio sections">
            <ul>
              {sections.map((s) => (
                <li key={s.label}>
                  <NavLink to={s.to === '' ? `/p/${portfolioId}` : `/p/${portfolioId}/${s.to}`} end={s.end}>
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
          <Outlet />
        )}
      </main>
    </>
  );
}
