import { cycleStageLabels } from './cycles/cycle-summary';
import { findKind, kindLabel } from './evidence-kinds';
import { kpiLinksText, kpiRowsText } from './kpi/kpi-text';
import { formatDate } from './readable-dates';
import type { EvidenceVersion } from './records';
import { customerTypeLabels, type CycleLink } from './schemas';
import { shortForMessage } from './short-for-message';
import { listLabels, structuredListKeys } from './structured-lists';

/** One thing that differs between two versions of an item, as a person reads it. */
export interface VersionChange {
  /** What changed, by the label the editor shows it under ("Title", "What the customer said", "Mapping to CR-1"). */
  field: string;
  part: 'content' | 'attachments' | 'mappings';
  /** '' when the thing was absent (an empty field, no attachment, not mapped). */
  before: string;
  after: string;
}

type VersionShape = Pick<EvidenceVersion, 'content' | 'attachments' | 'mappings'>;

/** A kind's field label, from either version's kind; a field no kind defines keeps its stored name. */
function fieldLabel(name: string, kinds: readonly string[]): string {
  for (const kind of kinds) {
    const field = findKind(kind)?.fields.find((f) => f.name === name);
    if (field) return field.label;
  }
  return name;
}

/** An item's cycle stages as one line: "ISA season: Deliver, Queues: Monitor". */
function cyclesText(cycles: readonly CycleLink[] | undefined): string {
  return (cycles ?? []).map((c) => `${c.cycle}: ${cycleStageLabels[c.stage]}`).join(', ');
}

/**
 * What changed from version `a` to version `b` of an item: the content fields in the editor's order,
 * then attachments added or removed, then mappings made, removed or given another rationale.
 * `attachmentName` names an attachment by id (versions keep only ids and SHA-256).
 */
export function diffVersions(a: VersionShape, b: VersionShape, attachmentName: (id: string) => string | undefined = () => undefined): VersionChange[] {
  const changes: VersionChange[] = [];
  const content = (field: string, before: string, after: string) => {
    if (before !== after) changes.push({ field, part: 'content', before, after });
  };
  const x = a.content;
  const y = b.content;
  content('Title', x.title, y.title);
  content('Kind of evidence', kindLabel(x.kind), kindLabel(y.kind));
  content('Date', formatDate(x.date), formatDate(y.date));
  content('Customers involved', customerTypeLabels[x.customerType], customerTypeLabels[y.customerType]);
  const kinds = [y.kind, x.kind];
  const ownOrder = [...(findKind(y.kind)?.fields ?? []), ...(findKind(x.kind)?.fields ?? [])].map((f) => f.name);
  const names = [...new Set([...ownOrder, ...Object.keys(x.fields).sort(), ...Object.keys(y.fields).sort()])];
  for (const name of names) content(fieldLabel(name, kinds), x.fields[name] ?? '', y.fields[name] ?? '');
  content('Reflection', x.reflection, y.reflection);
  content('Tags', x.tags.join(', '), y.tags.join(', '));
  for (const key of structuredListKeys) content(listLabels[key], (x[key] ?? []).join(', '), (y[key] ?? []).join(', '));
  content('Plan-do-review cycles', cyclesText(x.cycles), cyclesText(y.cycles));
  content('KPI rows', kpiRowsText(x.kpiRows), kpiRowsText(y.kpiRows));
  content('KPIs this item moved', kpiLinksText(x.kpiLinks), kpiLinksText(y.kpiLinks));

  const had = new Set(a.attachments.map((f) => `${f.id} ${f.sha256}`));
  const has = new Set(b.attachments.map((f) => `${f.id} ${f.sha256}`));
  const label = (f: { id: string; sha256: string }) => attachmentName(f.id) ?? `file ${f.sha256.slice(0, 12)}`;
  for (const f of a.attachments) if (!has.has(`${f.id} ${f.sha256}`)) changes.push({ field: 'Attachment removed', part: 'attachments', before: label(f), after: '' });
  for (const f of b.attachments) if (!had.has(`${f.id} ${f.sha256}`)) changes.push({ field: 'Attachment added', part: 'attachments', before: '', after: label(f) });

  const before = new Map(a.mappings.map((m) => [m.markingPointId, m.rationale]));
  const after = new Map(b.mappings.map((m) => [m.markingPointId, m.rationale]));
  for (const point of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(point);
    const is = after.get(point);
    if (was !== is) changes.push({ field: `Mapping to ${point}`, part: 'mappings', before: was ?? '', after: is ?? '' });
  }
  return changes;
}

/** The fields a change touched, named once each, for the audit trail ("Title, Reflection, Mapping to CR-1"). */
export function changedFieldNames(changes: readonly VersionChange[]): string {
  return [...new Set(changes.map((c) => (c.part === 'attachments' ? 'Attachments' : c.field)))].join(', ');
}

/**
 * The audit entry of an edit: "E004 Complaint (changed: Title, Reflection)", cut to the 1,000
 * characters an audit entry holds.
 */
export function editAuditDetail(what: string, previous: VersionShape, version: VersionShape, attachmentName: (id: string) => string | undefined): string {
  const changed = changedFieldNames(diffVersions(previous, version, attachmentName));
  return shortForMessage(`${what} ${changed ? `(changed: ${changed})` : '(saved with no changes)'}`, 1000);
}
