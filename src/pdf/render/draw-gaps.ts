import { startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { table } from './table';
import { heading, paragraph } from './text';
import { COLOUR } from './theme';

/** Marking points with no evidence at all: what is still to do. */
export function drawGaps(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  const { gaps } = model;
  heading(ctx, gaps.heading, 1, { anchor: gaps.anchor });
  paragraph(ctx, gaps.intro, { colour: COLOUR.muted, after: 3 });
  if (gaps.rows.length === 0) return;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [gaps.head],
    body: gaps.rows.map((g) => [g.unit, g.pointId, g.text]),
    columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 15, fontStyle: bold }, 2: { cellWidth: 131 } },
  });
}
