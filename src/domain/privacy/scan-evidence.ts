import { findPersonalData, type PersonalDataOptions } from './find-personal-data';
import type { PersonalDataFinding } from './personal-data-finding';
import { structuredListKeys, type StructuredListKey } from '../structured-lists';

/** The parts of an evidence item that are scanned: the same shape as the stored item. */
export interface ScannedEvidence extends Partial<Record<StructuredListKey, readonly string[]>> {
  id: string;
  ref: string;
  title: string;
  fields: Record<string, string>;
  reflection: string;
  tags: readonly string[];
  /** A KPI's measure and unit are typed by the learner, so they can hold a name too. */
  kpiRows?: readonly { measure: string; unit: string }[];
  cycles?: readonly { cycle: string }[];
}

export interface ScannedAttachment {
  id: string;
  evidenceId: string;
  name: string;
}

/** Which text of an item a finding is in; a finding's offsets are into that text. */
export type EvidencePart =
  | { part: 'title' }
  | { part: 'field'; key: string }
  | { part: 'reflection' }
  | { part: 'tag'; index: number }
  | { part: 'list'; key: StructuredListKey; index: number }
  | { part: 'kpi'; index: number; key: 'measure' | 'unit' }
  | { part: 'cycle'; index: number }
  | { part: 'attachment name'; attachmentId: string };

export interface EvidenceFinding {
  evidenceId: string;
  ref: string;
  where: EvidencePart;
  finding: PersonalDataFinding;
}

/**
 * Personal data in every item's title, fields, reflection, tags, structured lists (factors, feedback
 * techniques, legislation, policies), KPI measures and units, cycle names and attachment names, item by
 * item in the order given. Attachments of items not in `items` are not scanned: they leave the
 * device only with their item.
 */
export function scanEvidence(
  items: readonly ScannedEvidence[],
  attachments: readonly ScannedAttachment[],
  options: PersonalDataOptions = {},
): EvidenceFinding[] {
  const found: EvidenceFinding[] = [];
  for (const item of items) {
    const scan = (text: string, where: EvidencePart) => {
      for (const finding of findPersonalData(text, options)) found.push({ evidenceId: item.id, ref: item.ref, where, finding });
    };
    scan(item.title, { part: 'title' });
    for (const [key, value] of Object.entries(item.fields)) scan(value, { part: 'field', key });
    scan(item.reflection, { part: 'reflection' });
    item.tags.forEach((tag, index) => scan(tag, { part: 'tag', index }));
    for (const key of structuredListKeys) item[key]?.forEach((entry, index) => scan(entry, { part: 'list', key, index }));
    item.kpiRows?.forEach((row, index) => {
      scan(row.measure, { part: 'kpi', index, key: 'measure' });
      scan(row.unit, { part: 'kpi', index, key: 'unit' });
    });
    item.cycles?.forEach((link, index) => scan(link.cycle, { part: 'cycle', index }));
    for (const attachment of attachments) {
      if (attachment.evidenceId === item.id) scan(attachment.name, { part: 'attachment name', attachmentId: attachment.id });
    }
  }
  return found;
}
