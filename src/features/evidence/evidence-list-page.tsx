import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { catalogue, findMarkingPoint } from '../../catalogue';
import { useAttachmentMeta, useMe, usePortfolio, usePortfolioData } from '../../db';
import { kindLabel } from '../../domain/evidence-kinds';
import { formatDate } from '../../domain/readable-dates';
import { customerTypeLabels, type Evidence } from '../../domain/schemas';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { EvidenceFilterBar } from './evidence-filter-bar';
import { filterEvidence, hasFilters, readFilters, writeFilters, type EvidenceFilters } from './evidence-filters';
import { FlashMessage } from '../../ui/flash-message';
import { plural } from '../../domain/plural';

/** Every evidence item of the portfolio, searchable and filterable, with the filters in the URL. */
export function EvidenceListPage() {
  const portfolioId = usePortfolioId();
  const data = usePortfolioData(portfolioId);
  const attachments = useAttachmentMeta(portfolioId);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const newPath = `/p/${portfolioId}/evidence/new`;
  // Only the learner adds evidence; an assessor or tutor reads it.
  const isLearner = useMe(usePortfolio(portfolioId)?.learnerName)?.role === 'learner';

  const attachmentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of attachments ?? []) counts.set(a.evidenceId, (counts.get(a.evidenceId) ?? 0) + 1);
    return counts;
  }, [attachments]);
  const pointsByItem = useMemo(() => {
    const points = new Map<string, string[]>();
    for (const m of data?.mappings ?? []) points.set(m.evidenceId, [...(points.get(m.evidenceId) ?? []), m.markingPointId]);
    return points;
  }, [data?.mappings]);

  const setFilters = (next: EvidenceFilters) => setParams(writeFilters(next), { replace: true, preventScrollReset: true });

  return (
    <>
      <PageHeader
        title="Evidence"
        lead={isLearner ? 'Everything you have recorded, with the marking points each item maps to.' : 'Everything the learner has recorded, with the marking points each item maps to.'}
      >
        {isLearner ? (
          <Link className="button" to={newPath}>
            Add evidence
          </Link>
        ) : null}
      </PageHeader>
      <FlashMessage />
      {data === undefined || attachments === undefined ? (
        <p role="status">Loading the evidence…</p>
      ) : data.evidence.length === 0 ? (
        isLearner ? (
          <EmptyState newPath={newPath} />
        ) : (
          <p className="card">The learner has not recorded any evidence yet.</p>
        )
      ) : (
        <>
          <EvidenceFilterBar filters={filters} onChange={setFilters} />
          <ResultList
            items={filterEvidence(data.evidence, data.mappings, filters)}
            total={data.evidence.length}
            filtered={hasFilters(filters)}
            pointsByItem={pointsByItem}
            attachmentCounts={attachmentCounts}
            portfolioId={portfolioId}
            onClear={() => setFilters({ q: '', kind: '', unit: '' })}
          />
        </>
      )}
    </>
  );
}

function EmptyState({ newPath }: { newPath: string }) {
  return (
    <div className="card empty-state">
      <h2>No evidence yet</h2>
      <p>
        Record what you do at work: a complaint you handled, feedback from a customer, a witness testimony from your manager. Each item can carry photos and documents,
        and you say which marking points it meets.
      </p>
      <Link className="button" to={newPath}>
        Add evidence
      </Link>
    </div>
  );
}

interface ResultListProps {
  items: Evidence[];
  total: number;
  filtered: boolean;
  pointsByItem: ReadonlyMap<string, string[]>;
  attachmentCounts: ReadonlyMap<string, number>;
  portfolioId: string;
  onClear: () => void;
}

function ResultList({ items, total, filtered, pointsByItem, attachmentCounts, portfolioId, onClear }: ResultListProps) {
  return (
    <>
      <div className="results-bar">
        <p role="status" className="results-bar__count">
          Showing {items.length} of {total}
        </p>
        {filtered ? (
          <button type="button" className="link-button" onClick={onClear}>
            Clear search and filters
          </button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="card">No evidence matches this search and these filters.</p>
      ) : (
        <ul className="evidence-list">
          {items.map((item) => (
            <EvidenceRow
              key={item.id}
              item={item}
              points={pointsByItem.get(item.id) ?? []}
              attachmentCount={attachmentCounts.get(item.id) ?? 0}
              portfolioId={portfolioId}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function EvidenceRow({ item, points, attachmentCount, portfolioId }: { item: Evidence; points: string[]; attachmentCount: number; portfolioId: string }) {
  const ordered = catalogue.units.flatMap((u) => u.markingPoints.filter((mp) => points.includes(mp.id)).map((mp) => mp.id));
  return (
    <li className="evidence-row">
      <h2 className="evidence-row__title">
        <Link to={`/p/${portfolioId}/evidence/${item.id}`}>
          <span className="evidence-row__ref">{item.ref}</span> <span className="evidence-row__name">{item.title}</span>
        </Link>
      </h2>
      <p className="evidence-row__meta">
        {kindLabel(item.kind)} · <time dateTime={item.date}>{formatDate(item.date)}</time> · {customerTypeLabels[item.customerType]}
      </p>
      <div className="evidence-row__points">
        {ordered.length === 0 ? (
          <span className="evidence-row__unmapped">Not mapped yet</span>
        ) : (
          <ul className="point-chips" aria-label={`Marking points ${item.ref} maps to`}>
            {ordered.map((id) => (
              <li key={id}>
                <Link className="point-chip" to={`/p/${portfolioId}/points/${id}`} title={findMarkingPoint(id)?.text}>
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="evidence-row__files">{attachmentCount === 0 ? 'No attachments' : plural(attachmentCount, 'attachment')}</p>
    </li>
  );
}
