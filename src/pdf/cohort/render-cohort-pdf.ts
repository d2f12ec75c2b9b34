import { makeYielder, throwIfAborted } from '../render/abort';
import type { Ctx } from '../render/context';
import { currentPage, startOnNewPage } from '../render/context';
import type { FontBytes, PdfFonts } from '../render/font';
import { addBookmarks, closeDocument, openDocument } from '../render/plain-document';
import { table, type Cell } from '../render/table';
import { heading, paragraph, wrap } from '../render/text';
import { COLOUR, CONTENT_WIDTH, lineHeight, PAGE, SIZE } from '../render/theme';
import { buildCohortPdfModel } from './cohort-pdf-model';
import type { CohortPdfInput, CohortPdfModel, CohortUnitPage, StatusCell } from './cohort-pdf-types';

const LEARNER_WIDTH = 46;
const PROGRESS_WIDTH = 26;
/** Below the page header's rule (13 mm), above where content starts (PAGE.top): room for two lines of the key. */
const KEY_TOP = 15.5;

const fill = (tone: StatusCell['tone']) => (tone === 'lacking' ? COLOUR.gapFill : tone === 'met' ? COLOUR.mappedFill : COLOUR.white);

function drawRanking(ctx: Ctx, model: CohortPdfModel): void {
  heading(ctx, model.title, 1);
  for (const line of model.summary) paragraph(ctx, line, { colour: COLOUR.muted, after: 1 });
  const { ranking } = model;
  heading(ctx, ranking.heading, 2, { anchor: ranking.anchor });
  paragraph(ctx, ranking.intro, { colour: COLOUR.muted, after: 2 });
  for (const line of ranking.top) paragraph(ctx, line, { style: 'bold', colour: COLOUR.accent, after: 1 });
  ctx.y += 2;
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [ranking.head],
    body: ranking.rows.map((r) => [r.rank, r.pointId, r.unit, r.text, r.lacking, r.noEvidence, r.notYetMet]),
    columnStyles: {
      0: { cellWidth: 12, halign: 'right' },
      1: { cellWidth: 14, fontStyle: bold },
      2: { cellWidth: 10, halign: 'right' },
      3: { cellWidth: 'auto' },
      4: { cellWidth: 28 },
      5: { cellWidth: 17, halign: 'right' },
      6: { cellWidth: 17, halign: 'right' },
    },
  });
}

function drawUnit(ctx: Ctx, unit: CohortUnitPage, legend: CohortPdfModel['legend']): void {
  const bold = ctx.hasBold ? 'bold' : 'normal';
  for (const [i, part] of unit.tables.entries()) {
    startOnNewPage(ctx);
    heading(ctx, unit.heading, 1, i === 0 ? { anchor: unit.anchor } : {});
    if (i === 0) {
      paragraph(ctx, unit.intro, { after: 2 });
      for (const point of unit.points) paragraph(ctx, point, { size: SIZE.small, colour: COLOUR.muted, after: 0.5 });
      ctx.y += 1.5;
    }
    if (part.note) paragraph(ctx, part.note, { style: 'bold', after: 1.5 });
    paragraph(ctx, `${legend.heading}: ${legend.entries.join('   ')}`, { size: SIZE.tiny, colour: COLOUR.muted, after: 2.5 });
    const statusWidth = (CONTENT_WIDTH - LEARNER_WIDTH - PROGRESS_WIDTH) / Math.max(1, part.head.length - 2);
    const columnStyles: Record<number, { cellWidth: number; fontStyle?: 'bold' | 'normal' }> = {
      0: { cellWidth: LEARNER_WIDTH, fontStyle: bold },
      1: { cellWidth: PROGRESS_WIDTH },
    };
    for (let c = 2; c < part.head.length; c++) columnStyles[c] = { cellWidth: statusWidth };
    const firstPage = currentPage(ctx);
    table(ctx, {
      head: [part.head],
      body: part.rows.map((r): Cell[] => [r.learner, r.progress, ...r.cells.map((c): Cell => ({ content: c.text, styles: { fillColor: [...fill(c.tone)] } }))]),
      styles: { fontSize: SIZE.tiny },
      columnStyles,
    });
    keyOnLaterPages(ctx, firstPage, `${legend.heading}: ${legend.entries.join('   ')}`);
  }
}

/**
 * A table that ran on over more pages: the key again at the top of each of them, in the gap between
 * the page header's rule and the repeated header row, so every page can be read alone.
 */
function keyOnLaterPages(ctx: Ctx, firstPage: number, key: string): void {
  const lastPage = currentPage(ctx);
  const lines = wrap(ctx, key, CONTENT_WIDTH, SIZE.tiny, 'normal', COLOUR.muted);
  for (let page = firstPage + 1; page <= lastPage; page++) {
    ctx.doc.setPage(page);
    lines.forEach((line, i) => ctx.doc.text(line, PAGE.left, KEY_TOP + i * lineHeight(SIZE.tiny), { baseline: 'top' }));
  }
  ctx.doc.setPage(lastPage);
}

function drawLearners(ctx: Ctx, model: CohortPdfModel): void {
  const { learners } = model;
  if (learners.rows.length === 0) return;
  startOnNewPage(ctx);
  heading(ctx, learners.heading, 1, { anchor: learners.anchor });
  paragraph(ctx, learners.intro, { colour: COLOUR.muted, after: 3 });
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [learners.head],
    body: learners.rows,
    columnStyles: { 0: { cellWidth: 40, fontStyle: bold }, 1: { cellWidth: 30 }, 2: { cellWidth: 34 }, 3: { cellWidth: 24 }, 4: { cellWidth: 18 }, 5: { cellWidth: 28 } },
  });
}

export interface CohortPdfOptions {
  /** Called after each unit's page is laid out: (units done, units in all). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the render with an AbortError. */
  signal?: AbortSignal;
}

/**
 * The cohort PDF: the gaps most learners share first (what a tutor plans a class around), then one page
 * per unit with every learner's status on each of its points (more pages only when the learners or the
 * points overflow; the header row repeats), then each learner's overall progress. It runs on the page's
 * thread, so it lets the page breathe between units (a status line can repaint, a cancel can land).
 */
export async function renderCohortPdf(input: CohortPdfInput, fonts: FontBytes | PdfFonts, options: CohortPdfOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const model = buildCohortPdfModel(input);
  const ctx = openDocument(fonts);
  const yieldNow = makeYielder();
  drawRanking(ctx, model);
  if (model.empty) paragraph(ctx, model.empty, { style: 'bold' });
  for (const [i, unit] of model.units.entries()) {
    drawUnit(ctx, unit, model.legend);
    onProgress?.(i + 1, model.units.length);
    await yieldNow();
    throwIfAborted(signal);
  }
  drawLearners(ctx, model);
  return closeDocument(ctx, model, () =>
    addBookmarks(ctx, [
      { title: model.ranking.heading, anchor: model.ranking.anchor },
      ...model.units.map((u) => ({ title: u.heading, anchor: u.anchor })),
      { title: model.learners.heading, anchor: model.learners.anchor },
    ]),
  );
}
