import { startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { table } from './table';
import { heading, paragraph } from './text';
import { COLOUR } from './theme';

/** Marking points with no evidence at all: what is still to do. */
export function drawGaps(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  heading(ctx, 'Gap list', 1, { anchor: 'gaps' });
  paragraph(ctx, model.gaps.intro, { colour: COLOUR.muted, after: 3 });
  if (model.gaps.rows.length === 0) return;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [['Unit', 'ID', 'Marking point']],
    body: model.gaps.rows.map((g) => [g.unit, g.pointId, g.text]),
    columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 15, fontStyle: bold }, 2: { cellWidth: 131 } },
  });
}
