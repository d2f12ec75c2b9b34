import { PageHeader } from '../ui/page-header';

/** Stands in for every page while the stored data belongs to a newer Folio: no page could read it safely. */
export function NewerDatabasePage() {
  return (
    <main id="main" tabIndex={-1}>
      <PageHeader title="Folio needs a reload" />
      <p>Your portfolios are safe: this version of Folio has not changed anything on this device.</p>
    </main>
  );
}
