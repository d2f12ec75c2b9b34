import { linkTo, startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { table, type Cell } from './table';
import { heading, paragraph } from './text';
import { COLOUR, CONTENT_WIDTH, SIZE } from './theme';

const REF_WIDTH = 14;

/** The assessor's mapping grid: evidence down, marking points across, grouped by unit. */
export function drawMatrix(ctx: Ctx, model: PdfModel): void {
  const { matrix } = model;
  startOnNewPage(ctx);
  heading(ctx, matrix.heading, 1, { anchor: matrix.anchor });
  paragraph(ctx, matrix.intro, { colour: COLOUR.muted, after: 3 });
  const columns = matrix.units.reduce((n, u) => n + u.points.length, 0);
  const pointWidth = Math.min(11, (CONTENT_WIDTH - REF_WIDTH - 44) / Math.max(columns, 1));
  const titleWidth = CONTENT_WIDTH - REF_WIDTH - pointWidth * columns;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  const centred = { halign: 'center' as const, cellPadding: { top: 1.4, bottom: 1.4, left: 0.5, right: 0.5 } };

  const head: Cell[][] = [
    [
      { content: matrix.head.item, rowSpan: 2 },
      { content: matrix.head.title, rowSpan: 2 },
      ...matrix.units.map((u): Cell => ({ content: u.id, colSpan: u.points.length, styles: { halign: 'center' } })),
    ],
    matrix.units.flatMap((u) => u.points.map((p): Cell => ({ content: p.label, styles: { halign: 'center' } }))),
  ];
  const body: Cell[][] = matrix.rows.map((r) => [
    r.link.ref,
    r.title,
    ...r.cells.map((on): Cell => (on ? { content: matrix.mark, styles: { fillColor: [...COLOUR.mappedFill], fontStyle: bold } } : '')),
  ]);
  const foot: Cell[][] = [
    [
      { content: matrix.countsLabel, colSpan: 2 },
      ...matrix.counts.map((n): Cell => (n === 0 ? { content: '0', styles: { fillColor: [...COLOUR.gapFill] } } : String(n))),
    ],
  ];
  const columnStyles: Record<number, { cellWidth: number; halign?: 'center'; fontStyle?: 'bold' | 'normal' }> = {
    0: { cellWidth: REF_WIDTH, fontStyle: bold },
    1: { cellWidth: titleWidth },
  };
  for (let c = 0; c < columns; c++) columnStyles[c + 2] = { cellWidth: pointWidth, ...centred };
  const anchorByRef = new Map(matrix.rows.map((r) => [r.link.ref, r.link.anchor]));

  table(ctx, {
    head,
    body,
    foot,
    styles: { fontSize: SIZE.tiny + 0.5 },
    columnStyles,
    didDrawCell: (data) => {
      if (data.section !== 'body' || data.column.index !== 0) return;
      const anchor = anchorByRef.get(data.cell.text.join('').trim());
      if (anchor) linkTo(ctx, data.cell.x, data.cell.y, data.cell.width, data.cell.height, anchor);
    },
  });
  if (matrix.rows.length === 0) paragraph(ctx, matrix.empty, { colour: COLOUR.muted });
}
