import { markAnchor, setType, startOnNewPage, type Continuation, type Ctx } from './context';
import { drawImageEntry, imageEntryHeight } from './draw-images';
import { drawKpis } from './draw-kpis';
import type { EvidenceSection, PdfModel } from '../model/types';
import { keyValueTable, table } from './table';
import { heading, paragraph } from './text';
import { COLOUR, PAGE, SIZE, lineHeight } from './theme';

/** One evidence item, from the top of a fresh page: the page its references point to. */
export function drawEvidence(ctx: Ctx, model: PdfModel, item: EvidenceSection, first: boolean): void {
  startOnNewPage(ctx);
  const continuation = { heading: `${item.heading} ${model.evidence.labels.continued}`, label: '' };
  try {
    drawItem(ctx, model, item, first, continuation);
  } finally {
    // The next section starts its own pages: none of them is this item's continuation.
    ctx.continuation = undefined;
  }
}

function drawItem(ctx: Ctx, model: PdfModel, item: EvidenceSection, first: boolean, continuation: Continuation): void {
  const { labels } = model.evidence;
  // From here every page this item runs on to names it; each part sets the label it is under.
  ctx.continuation = continuation;
  const part = (label: string) => {
    continuation.label = label;
  };
  if (first) markAnchor(ctx, model.evidence.anchor);
  setType(ctx, SIZE.tiny, 'bold', COLOUR.muted);
  ctx.doc.text(ctx.sanitise(item.position), PAGE.left, ctx.y, { baseline: 'top' });
  ctx.y += lineHeight(SIZE.tiny) + 1;
  heading(ctx, item.heading, 1, { anchor: item.anchor });
  keyValueTable(ctx, item.facts, 30);

  part(labels.details);
  heading(ctx, labels.details, 3);
  if (item.fields.length > 0) keyValueTable(ctx, item.fields, 58, { empty: labels.notRecorded });
  for (const line of item.listLines) paragraph(ctx, line, { size: SIZE.small + 0.5, after: 1.5 });
  if (item.tagLine) paragraph(ctx, item.tagLine, { size: SIZE.small + 0.5, after: 3 });
  if (item.kpiLinkLine) paragraph(ctx, item.kpiLinkLine, { size: SIZE.small + 0.5, after: 3 });
  if (item.kpis) drawKpis(ctx, item.kpis);

  part(labels.reflection);
  heading(ctx, labels.reflection, 3);
  if (item.reflection) paragraph(ctx, item.reflection, { after: 3 });
  else paragraph(ctx, labels.noReflection, { colour: COLOUR.muted, after: 3 });

  part(labels.mappings);
  heading(ctx, labels.mappings, 3);
  if (item.mappings.length === 0) {
    paragraph(ctx, labels.notMapped, { colour: COLOUR.muted, after: 3 });
  } else {
    const bold = ctx.hasBold ? 'bold' : 'normal';
    table(ctx, {
      head: [labels.mappingHead],
      body: item.mappings.map((m) => [m.id, m.text, m.rationale || model.blank]),
      columnStyles: { 0: { cellWidth: 15, fontStyle: bold }, 1: { cellWidth: 85 }, 2: { cellWidth: 74 } },
    });
  }

  if (item.comments.length > 0) {
    part(labels.comments);
    heading(ctx, labels.comments, 3);
    table(ctx, {
      body: item.comments.map((c) => [`${c.by}\n${c.at}`, c.note ? `${c.text}\n${c.note}` : c.text]),
      styles: { fontSize: SIZE.small + 0.5 },
      columnStyles: { 0: { cellWidth: 44, textColor: [...COLOUR.muted] }, 1: { cellWidth: 130 } },
    });
  }

  const [firstImage] = item.images;
  if (firstImage) {
    part(item.images.length === 1 ? labels.image : labels.images);
    // The heading goes with the whole first picture: a picture that moves to the next page takes it along.
    heading(ctx, item.images.length === 1 ? labels.image : labels.images, 3, { keep: imageEntryHeight(ctx, firstImage) });
    for (const image of item.images) drawImageEntry(ctx, image);
  }
  if (item.files.length > 0) {
    part(labels.otherAttachments);
    heading(ctx, labels.otherAttachments, 3);
    table(ctx, {
      head: [labels.filesHead],
      body: item.files.map((f) => [f.note ? `${f.name}\n${f.note}` : f.name, f.type, f.sizeLabel, f.sha256]),
      columnStyles: { 0: { cellWidth: 52 }, 1: { cellWidth: 30 }, 2: { cellWidth: 18 }, 3: { cellWidth: 74, fontSize: SIZE.tiny } },
    });
  }
  if (item.attachmentsNote) paragraph(ctx, item.attachmentsNote, { size: SIZE.small, colour: COLOUR.muted });
}

/** The evidence section of a portfolio with none: it says so, rather than leaving a silent gap. */
export function drawNoEvidence(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  heading(ctx, model.evidence.heading, 1, { anchor: model.evidence.anchor });
  paragraph(ctx, model.evidence.intro);
}
