import { formatBytes } from '../../domain/byte-sizes';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import type { FolioManifest } from '../../domain/portfolio-file';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import { plural } from '../../domain/plural';

/** What the checked file holds, so the learner knows what they are about to import. */
export function ImportSummary({ snapshot, manifest }: { snapshot: PortfolioSnapshot; manifest: FolioManifest }) {
  const { portfolio } = snapshot;
  const attachmentBytes = snapshot.attachments.reduce((sum, a) => sum + a.size, 0);
  const rows: [string, string][] = [
    ['Learner', `${portfolio.learnerName} (${portfolio.learnerNumber})`],
    ['Centre or employer', portfolio.centre],
    ['Assessor', portfolio.assessorName],
    ['Started', formatDate(portfolio.startDate)],
    ['Evidence items', String(snapshot.evidence.length)],
    ['Attachments', snapshot.attachments.length === 0 ? 'None' : `${plural(snapshot.attachments.length, 'file')}, ${formatBytes(attachmentBytes)}`],
    ['Marking point links', String(snapshot.mappings.length)],
    ['Assessor decisions', String(snapshot.decisions.length)],
    ['Saved versions of evidence', String(snapshot.versions.length)],
    ['Comments, sign-offs and other records', String(snapshot.records.length)],
    ['Exported', formatDateTime(manifest.createdAt)],
  ];
  return (
    <dl className="import-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
