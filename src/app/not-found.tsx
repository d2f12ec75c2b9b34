import { Link } from 'react-router';
import { PageHeader } from '../ui/page-header';

/** What an unknown address shows; inside a portfolio the shell already provides <main>. */
export function NotFound({ standalone = false }: { standalone?: boolean }) {
  const body = (
    <>
      <PageHeader title="Page not found" />
      <p>
        There is nothing at this address. <Link to="/">Go to your portfolios</Link>.
      </p>
    </>
  );
  return standalone ? (
    <main id="main" tabIndex={-1}>
      {body}
    </main>
  ) : (
    body
  );
}
