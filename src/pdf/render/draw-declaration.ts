import { ensureSpace, setType, startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { heading, paragraph } from './text';
import { COLOUR, PAGE, SIZE } from './theme';

/** The learner's declaration that the work is their own, with lines to sign. */
export function drawDeclaration(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  const { declaration } = model;
  const { labels } = declaration;
  heading(ctx, declaration.heading, 1, { anchor: declaration.anchor });
  for (const p of declaration.paragraphs) paragraph(ctx, p, { size: SIZE.body + 0.5, after: 4 });
  ctx.y += 8;
  signatureBlock(ctx, labels, labels.learner, declaration.signatory);
  ctx.y += 6;
  signatureBlock(ctx, labels, labels.assessor, declaration.assessor);
}

function signatureBlock(ctx: Ctx, labels: PdfModel['declaration']['labels'], role: string, name: string): void {
  const { doc } = ctx;
  ensureSpace(ctx, 34);
  const rows: [string, string][] = [
    [role, name],
    [labels.signature, ''],
    [labels.date, ''],
  ];
  for (const [label, value] of rows) {
    setType(ctx, SIZE.small, 'bold', COLOUR.muted);
    doc.text(ctx.sanitise(label), PAGE.left, ctx.y + 4, { baseline: 'bottom' });
    setType(ctx, SIZE.body + 0.5, 'normal', COLOUR.text);
    if (value) doc.text(ctx.sanitise(value), PAGE.left + 28, ctx.y + 4, { baseline: 'bottom' });
    doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
    doc.setLineWidth(0.3);
    doc.line(PAGE.left + 28, ctx.y + 5, PAGE.left + 120, ctx.y + 5);
    ctx.y += 10;
  }
}
