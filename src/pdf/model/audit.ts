import { formatDateTime } from '../../domain/readable-dates';
import { roleLabels, type AuditEntry } from '../../domain/schemas';
import type { PdfModel } from './types';
import { plural } from './wording';

/** The audit trail as an appendix: every recorded change, oldest first. */
export function buildAuditAppendix(entries: readonly AuditEntry[]): NonNullable<PdfModel['audit']> {
  const rows = [...entries]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((e) => ({
      at: formatDateTime(e.at),
      who: e.name ? `${e.name} (${roleLabels[e.role]})` : roleLabels[e.role],
      action: e.action,
      detail: e.detail,
    }));
  return {
    heading: 'Appendix: audit trail',
    anchor: 'audit',
    intro: rows.length === 0 ? 'No changes are recorded yet.' : `${plural(rows.length, 'recorded change')}, oldest first: who, when and what.`,
    head: ['When', 'Who', 'What', 'Detail'],
    rows,
  };
}
