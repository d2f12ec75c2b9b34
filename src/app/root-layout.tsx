import { Outlet, ScrollRestoration } from 'react-router';

/** The frame of every page: skip link, then the route's own shell. */
export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
