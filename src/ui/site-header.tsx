import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface SiteHeaderProps {
  /** On the home page the name is not a link to the page you are on. */
  atHome?: boolean;
  /** The right-hand side of the bar. */
  children?: ReactNode;
  /** Navigation under the bar. */
  nav?: ReactNode;
}

/** The bar at the top of every screen: Folio's name, leading home, and what the screen adds to it. */
export function SiteHeader({ atHome = false, children, nav }: SiteHeaderProps) {
  return (
    <header className="shell__top">
      <div className="shell__bar">
        {atHome ? (
          <span className="shell__brand">Folio</span>
        ) : (
          <Link className="shell__brand" to="/">
            Folio
          </Link>
        )}
        {children}
        <Link className="shell__you" to="/you">
          You and your key
        </Link>
      </div>
      {nav}
    </header>
  );
}
