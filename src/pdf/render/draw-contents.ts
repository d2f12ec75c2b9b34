import { ensureSpace, later, linkTo, setType, startOnNewPage, type Ctx } from './context';
import type { ContentsEntry, PdfModel } from '../model/types';
import { heading, wrap } from './text';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, lineHeight } from './theme';

// The page number column has a fixed width, so the contents take the same space whatever the
// numbers turn out to be, and the numbers can be written in once every page exists.
const NUMBER_COLUMN = 14;
const INDENT = 6;

export function drawContents(ctx: Ctx, model: PdfModel): void {
  startOnNewPage(ctx);
  heading(ctx, model.contentsPage.heading, 1, { anchor: model.contentsPage.anchor });
  for (const entry of model.contents) drawEntry(ctx, entry);
}

function drawEntry(ctx: Ctx, entry: ContentsEntry): void {
  const { doc } = ctx;
  const top = entry.level === 0;
  const size = top ? SIZE.body + 0.5 : SIZE.small + 0.5;
  const style = top ? 'bold' : 'normal';
  const indent = top ? 0 : INDENT;
  const lines = wrap(ctx, entry.title, CONTENT_WIDTH - indent - NUMBER_COLUMN, size, style);
  const lh = lineHeight(size);
  const before = top ? 2.5 : 0.4;
  const height = before + lines.length * lh;
  ensureSpace(ctx, height + (top ? lh : 0));
  ctx.y += before;
  const rowTop = ctx.y;
  setType(ctx, size, style, COLOUR.text);
  lines.forEach((line, i) => doc.text(line, PAGE.left + indent, ctx.y + i * lh, { baseline: 'top' }));
  const lastY = ctx.y + (lines.length - 1) * lh;
  later(ctx, (pages) => {
    setType(ctx, size, style, COLOUR.text);
    doc.text(String(pages.get(entry.anchor) ?? ctx.pageRef.unknown), PAGE.right, lastY, { baseline: 'top', align: 'right' });
  });
  // A dotted leader from the end of the title to the number.
  const lastWidth = doc.getTextWidth(lines[lines.length - 1] ?? '');
  const from = PAGE.left + indent + lastWidth + 2;
  const to = PAGE.right - NUMBER_COLUMN + 4;
  if (to > from) {
    doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
    doc.setLineWidth(0.25);
    doc.setLineDashPattern([0.3, 1.2], 0);
    doc.line(from, lastY + lh * 0.62, to, lastY + lh * 0.62);
    doc.setLineDashPattern([], 0);
  }
  linkTo(ctx, PAGE.left, rowTop, CONTENT_WIDTH, lines.length * lh, entry.anchor);
  ctx.y += lines.length * lh;
}
