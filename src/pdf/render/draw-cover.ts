import { setType, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { keyValueTable } from './table';
import { paragraph, wrap } from './text';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, lineHeight } from './theme';

/** The cover: who, what, for whom, when, and how far the portfolio has got. */
export function drawCover(ctx: Ctx, model: PdfModel): void {
  const { doc } = ctx;
  const { cover } = model;
  ctx.y = PAGE.top + 22;
  setType(ctx, SIZE.h3, 'bold', COLOUR.muted);
  doc.text(ctx.sanitise(cover.title.toUpperCase()), PAGE.left, ctx.y, { baseline: 'top' });
  ctx.y += 9;
  for (const line of wrap(ctx, model.header.left, CONTENT_WIDTH, SIZE.title, 'bold', COLOUR.accent)) {
    doc.text(line, PAGE.left, ctx.y, { baseline: 'top' });
    ctx.y += lineHeight(SIZE.title);
  }
  ctx.y += 1;
  for (const line of wrap(ctx, cover.qualification, CONTENT_WIDTH, SIZE.h2, 'normal', COLOUR.text)) {
    doc.text(line, PAGE.left, ctx.y, { baseline: 'top' });
    ctx.y += lineHeight(SIZE.h2);
  }
  ctx.y += 10;
  drawProgressBar(ctx, cover.progress);
  ctx.y += 8;
  keyValueTable(ctx, cover.rows, 42);
  for (const note of cover.notes) {
    ctx.y += 2;
    paragraph(ctx, note, { size: SIZE.body, style: 'bold', colour: COLOUR.accent });
  }
}

function drawProgressBar(ctx: Ctx, p: PdfModel['cover']['progress']): void {
  const { doc } = ctx;
  setType(ctx, SIZE.small, 'bold', COLOUR.muted);
  doc.text(ctx.sanitise(p.label), PAGE.left, ctx.y, { baseline: 'top' });
  ctx.y += 5;
  const height = 5;
  doc.setFillColor(COLOUR.labelFill[0], COLOUR.labelFill[1], COLOUR.labelFill[2]);
  doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
  doc.setLineWidth(0.2);
  doc.rect(PAGE.left, ctx.y, CONTENT_WIDTH, height, 'FD');
  if (p.total > 0 && p.evidenced > 0) {
    doc.setFillColor(COLOUR.accent[0], COLOUR.accent[1], COLOUR.accent[2]);
    doc.rect(PAGE.left, ctx.y, (CONTENT_WIDTH * p.evidenced) / p.total, height, 'F');
  }
  ctx.y += height + 2;
  setType(ctx, SIZE.body, 'normal', COLOUR.text);
  doc.text(ctx.sanitise(p.text), PAGE.left, ctx.y, { baseline: 'top' });
  ctx.y += lineHeight(SIZE.body);
}
