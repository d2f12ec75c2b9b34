import { Link } from 'react-router';
import { PageHeader } from '../ui/page-header';

export function NotFound() {
  return (
    <main id="main" tabIndex={-1}>
      <PageHeader title="Page not found" />
      <p>
        There is nothing at this address. <Link to="/">Go to your portfolios</Link>.
      </p>
    </main>
  );
}
