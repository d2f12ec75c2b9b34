import { useAttachmentMeta, useEvidenceList } from '../../db';
import { formatBytes } from '../../domain/byte-sizes';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import './export.css';
import { FolioSection } from './folio-section';
import { PdfSection } from './pdf-section';
import { PrivacyReview } from './privacy-review';
import { useExportPrivacy } from './use-export-privacy';
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
 * `/p/:portfolioId/export`: the two things that leave the device, the assessor PDF and the .folio file,
 * after the learner's privacy check.
 */
export function ExportPage() {
  const portfolioId = usePortfolioId();
  const privacy = useExportPrivacy(portfolioId);
  return (
    <>
      <PageHeader title="Export" lead="Create the PDF your assessor judges from, or a portfolio file to move, share or back up the whole portfolio." />
      <ContentsNote portfolioId={portfolioId} />
      {/* A learner's export is checked for customers' personal data first; an assessor or tutor sends back what they were sent. */}
      {privacy.applies ? <PrivacyReview portfolioId={portfolioId} privacy={privacy} /> : null}
      <PdfSection portfolioId={portfolioId} privacy={privacy} />
      <FolioSection portfolioId={portfolioId} privacy={privacy} />
    </>
  );
}
