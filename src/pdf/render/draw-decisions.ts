import type { Ctx } from './context';
import { openSection } from './section-opening';
import { signatureText } from '../model/signatures';
import type { PdfModel } from '../model/types';
import { table, type Cell } from './table';
import { deferRefCell, refCell, refIndex } from './table-links';
import { COLOUR, SIZE } from './theme';

/** The assessor's decisions with methods, feedback and signatures, flagged where the evidence has changed since. */
export function drawDecisions(ctx: Ctx, model: PdfModel): void {
  const { decisions, blank } = model;
  if (decisions.rows.length === 0) return;
  openSection(ctx, decisions, decisions.intro);
  const links = refIndex(ctx, decisions.rows.flatMap((d) => d.basedOn));
  const bold = ctx.hasBold ? 'bold' : 'normal';
  const body = decisions.rows.map((d): Cell[] => {
    return [
      `${d.pointId}\n${d.pointText}`,
      {
        content: d.stale ? `${d.outcome}\n${decisions.staleNote}` : d.outcome,
        styles: { fontStyle: bold, ...(d.stale ? { fillColor: [...COLOUR.gapFill] } : {}) },
      },
      d.feedback || blank,
      d.methods || blank,
      {
        content: `${d.assessor}\n${d.decidedAt}\n${signatureText(d.signature)}`,
        styles: d.signature.verified ? {} : { fillColor: [...COLOUR.gapFill] },
      },
      d.basedOn.length > 0 ? refCell(ctx, d.basedOn) : blank,
    ];
  });
  table(ctx, {
    head: [decisions.head],
    body,
    styles: { fontSize: SIZE.tiny + 0.5 },
    columnStyles: {
      0: { cellWidth: 34 },
      1: { cellWidth: 20 },
      2: { cellWidth: 40 },
      3: { cellWidth: 22 },
      4: { cellWidth: 36 },
      // Wide enough for "E012, p. 0000" on one line: the placeholder must not wrap, or its page is never filled in.
      5: { cellWidth: 22, textColor: [...COLOUR.accent] },
    },
    willDrawCell: (data) => {
      if (data.section === 'body' && data.column.index === 5) deferRefCell(ctx, data, COLOUR.accent, links);
    },
  });
}
