import type { Catalogue } from '../../catalogue/schema';
import { findKind, kindLabel } from '../../domain/evidence-kinds';
import { customerTypeLabels, type Evidence, type Mapping } from '../../domain/schemas';
import type { AttachmentWithBytes } from '../../domain/snapshot';
import { formatBytes } from '../../domain/byte-sizes';
import { listLabels, structuredListKeys } from '../../domain/structured-lists';
import { formatDate, formatDateTime } from '../../domain/readable-dates';
import { plural } from './wording';
import { readImageInfo } from './image-info';
import { oversizeNote } from './image-limits';
import type { PortfolioRecord, RecordOf } from '../../domain/records';
import { personLabel } from './signatures';
import { buildKpiSection, kpiLinksLine } from './kpis';
import type { CommentEntry, EvidenceLabels, EvidenceSection, FileEntry, ImageEntry, MappedPoint } from './types';

export const evidenceAnchor = (evidenceId: string) => `evidence:${evidenceId}`;

export interface EvidenceInputs {
  catalogue: Catalogue;
  mappings: readonly Mapping[];
  attachments: readonly AttachmentWithBytes[];
  includeAttachments: boolean;
  /** The portfolio's records: the item's comments are picked from them. */
  records: readonly PortfolioRecord[];
  /** Version id → its number, to say which version a comment was made on. */
  versionNumbers: ReadonlyMap<string, number>;
  /** Every item of the portfolio, to name the KPI rows an item links. */
  evidence?: readonly Evidence[];
}

/** The headings and fixed lines of every evidence section. */
export const evidenceLabels: EvidenceLabels = {
  details: 'Details',
  notRecorded: 'Not recorded',
  reflection: 'Reflection',
  noReflection: 'No reflection written.',
  mappings: 'Marking points this item is mapped to',
  notMapped: 'Not mapped to any marking point yet.',
  mappingHead: ['ID', 'Marking point', 'How this item shows it (the learner’s rationale)'],
  image: 'Image',
  images: 'Images',
  otherAttachments: 'Other attachments',
  filesHead: ['Name', 'Type', 'Size', 'SHA-256'],
  comments: 'Assessor’s comments',
  continued: '(continued)',
};

/** `position`: where the item comes in the export, to print "EVIDENCE 4 OF 20". */
export function buildEvidenceSection(item: Evidence, input: EvidenceInputs, position: { index: number; count: number }): EvidenceSection {
  const attachments = input.attachments
    .filter((a) => a.evidenceId === item.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
  const { images, files } = input.includeAttachments ? splitAttachments(attachments) : { images: [], files: [] };
  return {
    id: item.id,
    anchor: evidenceAnchor(item.id),
    ref: item.ref,
    title: item.title,
    heading: `${item.ref}  ${item.title}`,
    position: `EVIDENCE ${position.index + 1} OF ${position.count}`,
    facts: [
      { label: 'Reference', value: item.ref },
      { label: 'Kind', value: kindLabel(item.kind) },
      { label: 'Date', value: formatDate(item.date) },
      { label: 'Customers', value: customerTypeLabels[item.customerType] },
      { label: 'Version', value: `${item.version}, last changed ${formatDateTime(item.updatedAt)}` },
    ],
    fields: (findKind(item.kind)?.fields ?? []).map((f) => {
      const raw = (item.fields[f.name] ?? '').trim();
      return { label: f.label, value: f.type === 'date' && raw !== '' ? formatDate(raw) : raw };
    }),
    tags: [...item.tags],
    tagLine: item.tags.length > 0 ? `Tags: ${item.tags.join(' • ')}` : '',
    listLines: listLinesOf(item),
    reflection: item.reflection.trim(),
    mappings: mappedPoints(item, input),
    images,
    files,
    attachmentsNote:
      !input.includeAttachments && attachments.length > 0
        ? `${plural(attachments.length, 'attached file')} left out of this export.`
        : undefined,
    comments: itemComments(item, input),
    ...withKpis(item, input.evidence ?? []),
  };
}

/** The item's structured lists (format 4) as labelled lines, in a fixed order. */
function listLinesOf(item: Evidence): string[] {
  return structuredListKeys.flatMap((key) => {
    const entries = item[key] ?? [];
    return entries.length > 0 ? [`${listLabels[key]}: ${entries.join(' • ')}`] : [];
  });
}

function withKpis(item: Evidence, evidence: readonly Evidence[]): Pick<EvidenceSection, 'kpis' | 'kpiLinkLine'> {
  const kpis = buildKpiSection(item);
  const kpiLinkLine = kpiLinksLine(item, evidence);
  return { ...(kpis ? { kpis } : {}), ...(kpiLinkLine ? { kpiLinkLine } : {}) };
}

/** Comments sit beside the item they are about, saying so when the item has changed since. */
function itemComments(item: Evidence, { records, versionNumbers }: EvidenceInputs): CommentEntry[] {
  return records
    .filter((r): r is RecordOf<'comment'> => r.type === 'comment' && r.evidenceId === item.id)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((c) => {
      const on = versionNumbers.get(c.versionId);
      const note = c.versionId === item.versionId ? undefined : `Made on ${on ? `version ${on}` : 'an earlier version'} of this item; it has changed since.`;
      return { by: personLabel(c.by), at: formatDateTime(c.at), text: c.text.trim(), ...(note ? { note } : {}) };
    });
}

function mappedPoints(item: Evidence, { catalogue, mappings }: EvidenceInputs): MappedPoint[] {
  const order = catalogue.units.flatMap((u) => u.markingPoints.map((mp) => ({ unit: u, mp })));
  const mine = new Map(mappings.filter((m) => m.evidenceId === item.id).map((m) => [m.markingPointId, m]));
  return order
    .filter(({ mp }) => mine.has(mp.id))
    .map(({ unit, mp }) => ({
      id: mp.id,
      unit: `Unit ${unit.number}: ${unit.title}`,
      text: mp.text,
      rationale: mine.get(mp.id)?.rationale.trim() ?? '',
    }));
}

function splitAttachments(attachments: readonly AttachmentWithBytes[]): { images: ImageEntry[]; files: FileEntry[] } {
  const images: ImageEntry[] = [];
  const files: FileEntry[] = [];
  for (const a of attachments) {
    const info = readImageInfo(a.bytes);
    // Checked from the header alone: a picture over the limits is never decoded, only listed.
    const tooLarge = info ? oversizeNote(info) : undefined;
    if (info && !tooLarge) {
      const sizeLabel = formatBytes(a.size);
      images.push({
        attachmentId: a.id,
        name: a.name,
        sizeLabel,
        sha256: a.sha256,
        info,
        caption: `${a.name} · ${sizeLabel} · SHA-256 ${a.sha256}`,
        failedNote: `${a.name}: this image could not be embedded.`,
        unprintable: {
          attachmentId: a.id,
          name: a.name,
          type: `image/${info.format}`,
          sizeLabel,
          sha256: a.sha256,
          note: 'This photo could not be made ready for print, so it is listed rather than shown.',
        },
      });
      continue;
    }
    const claimsImage = a.type === 'image/png' || a.type === 'image/jpeg';
    files.push({
      attachmentId: a.id,
      name: a.name,
      type: a.type || 'unknown type',
      sizeLabel: formatBytes(a.size),
      sha256: a.sha256,
      note: tooLarge ?? (claimsImage ? 'The image could not be read, so it is listed rather than shown.' : undefined),
    });
  }
  return { images, files };
}
