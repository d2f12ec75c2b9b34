import { startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { table, type Cell } from './table';
import { deferRefCell, refCell, refIndex } from './table-links';
import { heading } from './text';
import { COLOUR } from './theme';

/** The assessor's decisions and feedback, flagged where the evidence has changed since. */
export function drawDecisions(ctx: Ctx, model: PdfModel): void {
  const { decisions, blank } = model;
  if (decisions.rows.length === 0) return;
  startOnNewPage(ctx);
  heading(ctx, decisions.heading, 1, { anchor: decisions.anchor });
  const links = refIndex(ctx, decisions.rows.flatMap((d) => d.basedOn));
  const bold = ctx.hasBold ? 'bold' : 'normal';
  const body = decisions.rows.map((d): Cell[] => {
    return [
      `${d.pointId}\n${d.pointText}`,
      { content: d.stale ? `${d.outcome}\n${decisions.staleNote}` : d.outcome, styles: { fontStyle: bold } },
      d.feedback || blank,
      `${d.assessor}\n${d.decidedAt}`,
      d.basedOn.length > 0 ? refCell(ctx, d.basedOn) : blank,
    ];
  });
  table(ctx, {
    head: [decisions.head],
    body,
    columnStyles: {
      0: { cellWidth: 50 },
      1: { cellWidth: 24 },
      2: { cellWidth: 52 },
      3: { cellWidth: 26 },
      4: { cellWidth: 22, textColor: [...COLOUR.accent] },
    },
    willDrawCell: (data) => {
      if (data.section === 'body' && data.column.index === 4) deferRefCell(ctx, data, COLOUR.accent, links);
    },
  });
}
