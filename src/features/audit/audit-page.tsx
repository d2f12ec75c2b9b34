import { useSearchParams } from 'react-router';
import { useAudit } from '../../db';
import { plural } from '../../domain/plural';
import type { AuditEntry } from '../../domain/schemas';
import { formatDateTime } from '../../domain/readable-dates';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { AuditFilterBar } from './audit-filter-bar';
import { auditChoices, dateProblem, filterAudit, hasAuditFilters, readAuditFilters, whoLabel, writeAuditFilters, type AuditFilters } from './audit-filters';
import './audit.css';

/** `/p/:portfolioId/audit`: every recorded change, newest first, filtered by who, what and when (kept in the URL). */
export function AuditPage() {
  const portfolioId = usePortfolioId();
  const entries = useAudit(portfolioId);
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const change = (next: AuditFilters) => setParams(writeAuditFilters(next), { replace: true });

  return (
    <>
      <PageHeader
        title="Audit trail"
        lead="Every change to this portfolio: who made it, in which role, when, and what it was. Entries are only ever added, never changed."
      />
      {entries === undefined ? (
        <p role="status">Loading the audit trail…</p>
      ) : entries.length === 0 ? (
        <p>No changes are recorded for this portfolio yet.</p>
      ) : (
        <AuditList entries={entries} filters={filters} onChange={change} />
      )}
    </>
  );
}

function AuditList({ entries, filters, onChange }: { entries: readonly AuditEntry[]; filters: AuditFilters; onChange: (f: AuditFilters) => void }) {
  const shown = filterAudit(entries, filters);
  const dateError = dateProblem(filters);
  return (
    <>
      <AuditFilterBar filters={filters} choices={auditChoices(entries)} onChange={onChange} dateError={dateError} />
      <div className="audit-count">
        <p role="status">
          Showing {shown.length} of {plural(entries.length, 'recorded change')}
        </p>
        {hasAuditFilters(filters) ? (
          <button type="button" className="link-button" onClick={() => onChange({ who: '', what: '', from: '', to: '' })}>
            Clear the filters
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p>{dateError ?? 'No recorded change matches these filters.'}</p>
      ) : (
        <div className="table-wrap">
          <table className="audit-table">
            <caption className="visually-hidden">Recorded changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td>{whoLabel(e)}</td>
                  <td>{e.action}</td>
                  <td>{e.detail || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
