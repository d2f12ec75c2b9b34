import { ensureSpace, markAnchor, newPage, setType, type Ctx, type FontStyle } from './context';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, lineHeight, type Rgb } from './theme';
import { keepNumbersTogether, releaseGlue } from '../keep-together';

export interface TextStyle {
  size?: number;
  style?: FontStyle;
  colour?: Rgb;
  indent?: number;
  width?: number;
  /** Space after the last line (mm). */
  after?: number;
}

/** Wraps text to the width (after the font check) and sets the font it was measured in. */
export function wrap(ctx: Ctx, text: string, width: number, size: number, style: FontStyle = 'normal', colour: Rgb = COLOUR.text): string[] {
  setType(ctx, size, style, colour);
  return ctx.doc.splitTextToSize(ctx.sanitise(text), width) as string[];
}

/** Wraps a title or heading so that no number is parted from its unit or sign ("61 % → 78 %" holds). */
export function wrapTitle(ctx: Ctx, text: string, width: number, size: number, style: FontStyle = 'bold', colour: Rgb = COLOUR.text): string[] {
  setType(ctx, size, style, colour);
  const lines = ctx.doc.splitTextToSize(keepNumbersTogether(ctx.sanitise(text)), width) as string[];
  return lines.map(releaseGlue);
}

/** Flowing text: wraps, and breaks across pages line by line, so nothing runs into the footer. */
export function paragraph(ctx: Ctx, text: string, opts: TextStyle = {}): void {
  const size = opts.size ?? SIZE.body;
  const indent = opts.indent ?? 0;
  const lines = wrap(ctx, text, opts.width ?? CONTENT_WIDTH - indent, size, opts.style, opts.colour);
  const lh = lineHeight(size);
  for (const line of lines) {
    if (ctx.y + lh > PAGE.bottom) {
      newPage(ctx);
      setType(ctx, size, opts.style, opts.colour);
    }
    ctx.doc.text(line, PAGE.left + indent, ctx.y, { baseline: 'top' });
    ctx.y += lh;
  }
  ctx.y += opts.after ?? 2;
}

const HEADING = {
  1: { size: SIZE.h1, before: 0, after: 4, colour: COLOUR.accent },
  2: { size: SIZE.h2, before: 5, after: 2, colour: COLOUR.accent },
  3: { size: SIZE.h3, before: 4, after: 1.5, colour: COLOUR.text },
} as const;

/**
 * A heading, kept with the start of what follows it (`keep` mm), optionally an anchor for
 * the contents, bookmarks and references.
 */
export function heading(ctx: Ctx, text: string, level: 1 | 2 | 3, opts: { anchor?: string; keep?: number } = {}): void {
  const h = HEADING[level];
  const lines = wrapTitle(ctx, text, CONTENT_WIDTH, h.size, 'bold', h.colour);
  const lh = lineHeight(h.size);
  const atTop = ctx.y <= PAGE.top + 0.01;
  const before = atTop ? 0 : h.before;
  ensureSpace(ctx, before + lines.length * lh + (opts.keep ?? 12));
  if (ctx.y > PAGE.top + 0.01) ctx.y += before;
  if (opts.anchor) markAnchor(ctx, opts.anchor);
  setType(ctx, h.size, 'bold', h.colour);
  for (const line of lines) {
    ctx.doc.text(line, PAGE.left, ctx.y, { baseline: 'top' });
    ctx.y += lh;
  }
  if (level === 1) {
    ctx.doc.setDrawColor(COLOUR.accent[0], COLOUR.accent[1], COLOUR.accent[2]);
    ctx.doc.setLineWidth(0.5);
    ctx.doc.line(PAGE.left, ctx.y + 0.5, PAGE.right, ctx.y + 0.5);
    ctx.y += 1.5;
  }
  ctx.y += h.after;
}
