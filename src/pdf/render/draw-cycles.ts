import { startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { table, type Cell } from './table';
import { deferRefCell, refCell, refIndex } from './table-links';
import { heading, paragraph } from './text';
import { COLOUR, SIZE } from './theme';

/** Each plan-do-review cycle's six stages with the items at each, and what is missing; nothing when no item is in a cycle. */
export function drawCycles(ctx: Ctx, model: PdfModel): void {
  const { cycles } = model;
  if (cycles.cycles.length === 0) return;
  startOnNewPage(ctx);
  heading(ctx, cycles.heading, 1, { anchor: cycles.anchor });
  paragraph(ctx, cycles.intro, { colour: COLOUR.muted, after: 3 });
  const bold = ctx.hasBold ? 'bold' : 'normal';
  for (const cycle of cycles.cycles) {
    heading(ctx, cycle.heading, 2, { keep: 30 });
    paragraph(ctx, cycle.summary, { size: SIZE.small, colour: COLOUR.muted, after: 2 });
    const links = refIndex(ctx, cycle.rows.flatMap((r) => r.evidence));
    const body = cycle.rows.map((r): Cell[] => [
      r.stage,
      r.evidence.length > 0 ? refCell(ctx, r.evidence) : { content: model.blank, styles: { textColor: [...COLOUR.muted] } },
      r.missing ? { content: r.note, styles: { fontStyle: bold, fillColor: [...COLOUR.gapFill] } } : r.note,
    ]);
    table(ctx, {
      head: [cycles.head],
      body,
      columnStyles: { 0: { cellWidth: 32, fontStyle: bold }, 1: { cellWidth: 29, textColor: [...COLOUR.accent] }, 2: { cellWidth: 113 } },
      willDrawCell: (data) => {
        if (data.section === 'body' && data.column.index === 1) deferRefCell(ctx, data, COLOUR.accent, links);
      },
    });
  }
}
