import { kindLabel, findKind } from '../../domain/evidence-kinds';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import type { EvidenceVersion } from '../../domain/records';
import { kpiRowsOf } from '../../domain/kpi/report-kpis';
import { customerTypeLabels } from '../../domain/schemas';
import { KpiView } from '../../ui/kpi-view';

/** Who saved a version and when, as one line. */
export function savedBy(v: EvidenceVersion): string {
  return `Version ${v.version}, saved ${formatDateTime(v.savedAt)} by ${v.author.name} (${v.author.role})`;
}

/** One version of an item, read-only: every field as saved, its files and its mappings. */
export function VersionDetails({ version, fileNames, headingLevel = 3 }: { version: EvidenceVersion; fileNames: ReadonlyMap<string, string>; headingLevel?: 2 | 3 }) {
  const c = version.content;
  const fields = findKind(c.kind)?.fields ?? [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="version-details" aria-label={savedBy(version)}>
      <Heading>{savedBy(version)}</Heading>
      <dl className="version-details__fields">
        <dt>Title</dt>
        <dd>{c.title}</dd>
        <dt>Kind of evidence</dt>
        <dd>{kindLabel(c.kind)}</dd>
        <dt>Date</dt>
        <dd>{formatDate(c.date)}</dd>
        <dt>Customers involved</dt>
        <dd>{customerTypeLabels[c.customerType]}</dd>
        {fields.map((f) => (
          <Row key={f.name} label={f.label} value={c.fields[f.name] ?? ''} />
        ))}
        {kpiRowsOf(c).length > 0 ? (
          <>
            <dt>KPI rows</dt>
            <dd>
              <KpiView rows={kpiRowsOf(c)} caption={`KPIs in version ${version.version}`} />
            </dd>
          </>
        ) : null}
        <Row label="Reflection" value={c.reflection} />
        <Row label="Tags" value={c.tags.join(', ')} />
        <dt>Attachments</dt>
        <dd>{version.attachments.length ? version.attachments.map((a) => fileNames.get(a.id) ?? `file ${a.sha256.slice(0, 12)}`).join(', ') : 'None'}</dd>
        <dt>Mapped to</dt>
        <dd>
          {version.mappings.length ? (
            <ul>
              {version.mappings.map((m) => (
                <li key={m.markingPointId}>
                  {m.markingPointId}: {m.rationale}
                </li>
              ))}
            </ul>
          ) : (
            'No marking points'
          )}
        </dd>
      </dl>
    </article>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="version-details__text">{value || <span className="muted">Empty</span>}</dd>
    </>
  );
}
