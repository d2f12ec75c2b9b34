import { startOnNewPage, type Ctx } from './context';
import type { PdfModel, PointRow } from '../model/types';
import { table, type Cell } from './table';
import { deferRefRunCell, refRunCell, refRunIndex } from './table-links';
import { heading, paragraph } from './text';
import { COLOUR, SIZE } from './theme';

/** Per unit: each marking point verbatim, its status, and the exact page of each item mapped to it. */
export function drawCoverage(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  const { coverage } = model;
  heading(ctx, coverage.heading, 1, { anchor: coverage.anchor });
  paragraph(ctx, coverage.intro, { colour: COLOUR.muted, after: model.scopeNote ? 1 : 3 });
  if (model.scopeNote) paragraph(ctx, model.scopeNote, { style: 'bold', colour: COLOUR.accent, after: 3 });
  for (const unit of coverage.units) {
    heading(ctx, unit.heading, 2, { anchor: unit.anchor, keep: 30 });
    paragraph(ctx, unit.summary, { size: SIZE.small, colour: COLOUR.muted, after: 2 });
    const links = refRunIndex(ctx, unit.points.flatMap((p) => p.evidence));
    const body = unit.points.map((p) => pointRow(ctx, model, p));
    const bold = ctx.hasBold ? 'bold' : 'normal';
    table(ctx, {
      head: [coverage.head],
      body,
      // Fixed widths: a reference's page number can never change how the table wraps. The references'
      // column holds two to a line, so a point met by many items stays a short row.
      columnStyles: {
        0: { cellWidth: 15, fontStyle: bold },
        1: { cellWidth: 79 },
        2: { cellWidth: 31 },
        3: { cellWidth: 49, textColor: [...COLOUR.accent] },
      },
      willDrawCell: (data) => {
        if (data.section === 'body' && data.column.index === 3) deferRefRunCell(ctx, data, COLOUR.accent, links);
      },
    });
  }
}

function pointRow(ctx: Ctx, model: PdfModel, p: PointRow): Cell[] {
  const bold = ctx.hasBold ? 'bold' : 'normal';
  const status: Cell =
    p.status === 'none'
      ? { content: p.statusLabel, styles: { fontStyle: bold, fillColor: [...COLOUR.gapFill] } }
      : p.stale
        ? { content: `${p.outcomeLabel ?? p.statusLabel}\n${model.coverage.staleNote}`, styles: { fontStyle: bold } }
        : p.statusLabel;
  const refs: Cell =
    p.evidence.length > 0
      ? refRunCell(ctx, p.evidence)
      : { content: model.blank, styles: { textColor: [...COLOUR.muted] } };
  return [p.id, p.text, status, refs];
}
