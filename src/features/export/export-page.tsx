import { useAttachmentMeta, useEvidenceList } from '../../db';
import { formatBytes } from '../../domain/byte-sizes';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import './export.css';
import { FolioSection } from './folio-section';
import { PdfSection } from './pdf-section';
import { plural } from '../../domain/plural';

/** What is about to leave the device, so nobody exports an empty portfolio by surprise. */
function ContentsNote({ portfolioId }: { portfolioId: string }) {
  const evidence = useEvidenceList(portfolioId);
  const attachments = useAttachmentMeta(portfolioId);
  if (evidence === undefined || attachments === undefined) return null;
  if (evidence.length === 0) {
    return (
      <p className="notice notice--warn">
        This portfolio has no evidence yet. You can still create the PDF — it will say that the portfolio is empty — and the
        portfolio file, but your assessor will have nothing to judge.
      </p>
    );
  }
  const bytes = attachments.reduce((sum, a) => sum + a.size, 0);
  return (
    <p className="notice">
      This portfolio holds {plural(evidence.length, 'evidence item')}
      {attachments.length > 0 ? ` and ${plural(attachments.length, 'attachment')} (${formatBytes(bytes)})` : ''}.
    </p>
  );
}

/**
 * Nothing in Folio finds or removes customers' personal details yet, and the PDF's declaration no
 * longer claims they were removed: the learner is the one who must take them out before exporting.
 */
function PersonalDetailsReminder() {
  return (
    <section className="notice notice--warn export-reminder" aria-labelledby="personal-details-title">
      <h2 id="personal-details-title" className="export-reminder__title">
        Take customers’ personal details out first
      </h2>
      <p>
        Before the PDF or the portfolio file leaves this device, check your evidence for customers’ personal details — names, email
        addresses, phone numbers and home addresses — and remove them, unless the customer has agreed to share them. Folio does not
        remove them for you.
      </p>
    </section>
  );
}

/** `/p/:portfolioId/export`: the two things that leave the device, the assessor PDF and the .folio file. */
export function ExportPage() {
  const portfolioId = usePortfolioId();
  return (
    <>
      <PageHeader title="Export" lead="Create the PDF your assessor judges from, or a portfolio file to move, share or back up the whole portfolio." />
      <ContentsNote portfolioId={portfolioId} />
      <PersonalDetailsReminder />
      <PdfSection portfolioId={portfolioId} />
      <FolioSection portfolioId={portfolioId} />
    </>
  );
}
