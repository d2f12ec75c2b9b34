import type { ReactNode } from 'react';
import { findKind, kindLabel } from '../domain/evidence-kinds';
import { formatDate } from '../domain/readable-dates';
import { kpiRowsOf } from '../domain/kpi/report-kpis';
import { linkedKpiTexts } from '../domain/kpi/kpi-text';
import { customerTypeLabels, type Evidence } from '../domain/schemas';
import { KpiView } from './kpi-view';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="pre-line">{children}</dd>
    </div>
  );
}

/** An evidence item's content, read-only: for an assessor, a tutor, or a learner whose item is locked. */
export function EvidenceDetails({ item, attachmentNames, portfolioEvidence = [] }: { item: Evidence; attachmentNames: readonly string[]; portfolioEvidence?: readonly Evidence[] }) {
  const kind = findKind(item.kind);
  const moved = linkedKpiTexts(item, portfolioEvidence);
  return (
    <dl className="evidence-details">
      <Row label="Kind">{kindLabel(item.kind)}</Row>
      <Row label="Date">{formatDate(item.date)}</Row>
      <Row label="Customers involved">{customerTypeLabels[item.customerType]}</Row>
      {(kind?.fields ?? [])
        .filter((f) => (item.fields[f.name] ?? '') !== '')
        .map((f) => (
          <Row key={f.name} label={f.label}>
            {item.fields[f.name]}
          </Row>
        ))}
      {kpiRowsOf(item).length > 0 ? (
        <div>
          <dt>KPI rows</dt>
          <dd>
            <KpiView rows={kpiRowsOf(item)} caption={`KPIs of ${item.ref}`} />
          </dd>
        </div>
      ) : null}
      {moved.length > 0 ? (
        <Row label="KPIs this item moved">
          <ul>
            {moved.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </Row>
      ) : null}
      <Row label="Reflection">{item.reflection || 'None written.'}</Row>
      <Row label="Tags">{item.tags.length ? item.tags.join(', ') : 'None.'}</Row>
      <Row label="Attached files">{attachmentNames.length ? attachmentNames.join(', ') : 'None.'}</Row>
    </dl>
  );
}
