import { usePortfolio } from '../../db';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { DeleteSection } from './delete-section';
import { DetailsSection } from './details-section';
import { PeopleToRedactSection } from './people-to-redact-section';
import { PortfolioListSection } from './portfolio-lists-section';
import './settings.css';
import { SigningKeySection } from './signing-key-section';
import { StorageSection } from './storage-section';

/** `/p/:portfolioId/settings`: correct the portfolio's details, see what this device holds, or delete the portfolio. */
export function SettingsPage() {
  const portfolioId = usePortfolioId();
  const portfolio = usePortfolio(portfolioId);

  return (
    <>
      <PageHeader title="Settings" lead="The portfolio’s details, the storage it lives in on this device, and deleting it." />
      {portfolio ? (
        <div className="settings">
          {/* Keyed so that another portfolio's settings start from its own details. */}
          <div className="settings__main">
            <DetailsSection key={portfolio.id} portfolio={portfolio} />
            <PortfolioListSection key={`${portfolio.id}-legislation`} portfolio={portfolio} list="legislation" />
            <PortfolioListSection key={`${portfolio.id}-policies`} portfolio={portfolio} list="policies" />
          </div>
          <div className="settings__side">
            <SigningKeySection />
            <PeopleToRedactSection portfolioId={portfolio.id} />
            <StorageSection portfolioId={portfolio.id} />
            <DeleteSection portfolio={portfolio} />
          </div>
        </div>
      ) : (
        <p role="status">Loading the portfolio…</p>
      )}
    </>
  );
}
