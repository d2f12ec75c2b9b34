import { startOnNewPage, type Ctx } from '../render/context';
import type { FontBytes, PdfFonts } from '../render/font';
import { addBookmarks, closeDocument, openDocument } from '../render/plain-document';
import { keyValueTable, table } from '../render/table';
import { heading, paragraph } from '../render/text';
import { COLOUR, SIZE } from '../render/theme';
import type { IqaPdfInput } from './iqa-pdf-input';
import { buildIqaPdfModel, type IqaPdfModel } from './iqa-pdf-model';

function drawPlan(ctx: Ctx, model: IqaPdfModel): void {
  heading(ctx, model.title, 1);
  paragraph(ctx, model.subtitle, { size: SIZE.h2, style: 'bold', colour: COLOUR.accent, after: 3 });
  heading(ctx, model.plan.heading, 2, { anchor: model.plan.anchor });
  keyValueTable(ctx, model.plan.rows, 40);
  for (const [i, line] of model.plan.coverage.entries()) {
    paragraph(ctx, line, { style: i === 0 ? 'bold' : 'normal', colour: model.plan.coverageMet ? COLOUR.text : COLOUR.accent, after: 1 });
  }
}

function drawReport(ctx: Ctx, model: IqaPdfModel): void {
  const { report } = model;
  heading(ctx, report.heading, 2, { anchor: report.anchor });
  paragraph(ctx, report.rows.length === 0 ? report.empty : report.intro, { colour: COLOUR.muted, after: 2 });
  if (report.rows.length === 0) return;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  const numbers = Object.fromEntries([1, 2, 3, 4, 5, 6].map((c) => [c, { cellWidth: 19, halign: 'right' as const }]));
  table(ctx, { head: [report.head], body: report.rows, columnStyles: { 0: { cellWidth: 44, fontStyle: bold }, ...numbers, 7: { cellWidth: 16 } } });
}

function drawLines(ctx: Ctx, model: IqaPdfModel): void {
  const { lines } = model;
  startOnNewPage(ctx);
  heading(ctx, lines.heading, 1, { anchor: lines.anchor });
  paragraph(ctx, lines.rows.length === 0 ? lines.empty : lines.intro, { colour: COLOUR.muted, after: 3 });
  if (lines.rows.length === 0) return;
  table(ctx, {
    head: [lines.head],
    body: lines.rows,
    styles: { fontSize: SIZE.tiny },
    columnStyles: { 0: { cellWidth: 8, halign: 'right' }, 1: { cellWidth: 32 }, 2: { cellWidth: 40 }, 3: { cellWidth: 48 }, 4: { cellWidth: 46 } },
  });
}

function drawSigners(ctx: Ctx, model: IqaPdfModel): void {
  const { signers } = model;
  heading(ctx, signers.heading, 2, { anchor: signers.anchor });
  paragraph(ctx, signers.intro, { colour: COLOUR.muted, after: 2 });
  if (signers.rows.length === 0) return;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [signers.head],
    body: signers.rows,
    columnStyles: { 0: { cellWidth: 32, fontStyle: bold }, 1: { cellWidth: 28 }, 2: { cellWidth: 42 }, 3: { cellWidth: 30 }, 4: { cellWidth: 42 } },
  });
}

/**
 * The IQA's sampling record, for an external quality assurer: the plan and who drew the sample, the
 * report per assessor (plan met or not), every sampled decision with its signature status, why it was
 * chosen and the IQA's signed outcome, and the fingerprints of everyone who signed.
 */
export async function renderIqaPdf(input: IqaPdfInput, fonts: FontBytes | PdfFonts): Promise<Uint8Array> {
  const model = buildIqaPdfModel(input);
  const ctx = openDocument(fonts);
  drawPlan(ctx, model);
  drawReport(ctx, model);
  drawLines(ctx, model);
  drawSigners(ctx, model);
  const sections = [model.plan, model.report, model.lines, model.signers];
  return closeDocument(ctx, model, () => addBookmarks(ctx, sections.map((s) => ({ title: s.heading, anchor: s.anchor }))));
}
