import { markAnchor, setType, startOnNewPage, type Ctx } from './context';
import { drawImageEntry } from './draw-images';
import type { EvidenceSection } from '../model/types';
import { keyValueTable, table } from './table';
import { heading, paragraph } from './text';
import { COLOUR, PAGE, SIZE, lineHeight } from './theme';

/** One evidence item, from the top of a fresh page: the page its references point to. */
export function drawEvidence(ctx: Ctx, item: EvidenceSection, position: { index: number; count: number }): void {
  startOnNewPage(ctx);
  if (position.index === 0) markAnchor(ctx, 'evidence');
  setType(ctx, SIZE.tiny, 'bold', COLOUR.muted);
  ctx.doc.text(`EVIDENCE ${position.index + 1} OF ${position.count}`, PAGE.left, ctx.y, { baseline: 'top' });
  ctx.y += lineHeight(SIZE.tiny) + 1;
  heading(ctx, `${item.ref}  ${item.title}`, 1, { anchor: item.anchor });
  keyValueTable(ctx, item.facts, 30);

  heading(ctx, 'Details', 3);
  if (item.fields.length > 0) keyValueTable(ctx, item.fields, 58, { empty: 'Not recorded' });
  if (item.tags.length > 0) paragraph(ctx, `Tags: ${item.tags.join(' • ')}`, { size: SIZE.small + 0.5, after: 3 });

  heading(ctx, 'Reflection', 3);
  if (item.reflection) paragraph(ctx, item.reflection, { after: 3 });
  else paragraph(ctx, 'No reflection written.', { colour: COLOUR.muted, after: 3 });

  heading(ctx, 'Marking points this item is mapped to', 3);
  if (item.mappings.length === 0) {
    paragraph(ctx, 'Not mapped to any marking point yet.', { colour: COLOUR.muted, after: 3 });
  } else {
    const bold = ctx.hasBold ? 'bold' : 'normal';
    table(ctx, {
      head: [['ID', 'Marking point', 'How this item shows it (the learner’s rationale)']],
      body: item.mappings.map((m) => [m.id, m.text, m.rationale || '—']),
      columnStyles: { 0: { cellWidth: 15, fontStyle: bold }, 1: { cellWidth: 85 }, 2: { cellWidth: 74 } },
    });
  }

  if (item.images.length > 0) {
    heading(ctx, item.images.length === 1 ? 'Image' : 'Images', 3, { keep: 40 });
    for (const image of item.images) drawImageEntry(ctx, image);
  }
  if (item.files.length > 0) {
    heading(ctx, 'Other attachments', 3);
    table(ctx, {
      head: [['Name', 'Type', 'Size', 'SHA-256']],
      body: item.files.map((f) => [f.note ? `${f.name}\n${f.note}` : f.name, f.type, f.sizeLabel, f.sha256]),
      columnStyles: { 0: { cellWidth: 52 }, 1: { cellWidth: 30 }, 2: { cellWidth: 18 }, 3: { cellWidth: 74, fontSize: SIZE.tiny } },
    });
  }
  if (item.attachmentsNote) paragraph(ctx, item.attachmentsNote, { size: SIZE.small, colour: COLOUR.muted });
}

/** The evidence section of a portfolio with none: it says so, rather than leaving a silent gap. */
export function drawNoEvidence(ctx: Ctx, intro: string): void {
  startOnNewPage(ctx);
  heading(ctx, 'Evidence', 1, { anchor: 'evidence' });
  paragraph(ctx, intro);
}
