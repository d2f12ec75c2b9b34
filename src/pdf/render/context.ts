import type { jsPDF } from 'jspdf';
import type { WorkMeter } from '../../domain/work-meter';
import type { Sanitise } from './glyphs';
import type { EvidenceLink, PageRefWords } from '../model/types';
import { COLOUR, FONT, PAGE, SIZE, lineHeight, type Rgb } from './theme';

/** Anchor → the page it starts on. */
export type PageMap = ReadonlyMap<string, number>;

/**
 * The state of the layout: the document, the cursor, the anchors met so far, and the drawing
 * that has to wait until every anchor's page is known (page numbers in the contents and in
 * references, and the links to those pages).
 */
export interface Ctx {
  doc: jsPDF;
  sanitise: Sanitise;
  hasBold: boolean;
  /** Cursor: the top of the next thing drawn on the current page (mm). */
  y: number;
  anchors: Map<string, number>;
  deferred: ((pages: PageMap) => void)[];
  attachmentBytes: ReadonlyMap<string, Uint8Array>;
  /** Print copies by the photo's SHA-256, drawn instead of the stored bytes. */
  printCopies: ReadonlyMap<string, Uint8Array>;
  /** Image aliases already added: jsPDF decodes each once. */
  embedded: Set<string>;
  meter?: WorkMeter;
  /** How a page reference reads, from the model. */
  pageRef: PageRefWords;
  /** While a long item is drawn: what each page it runs on to says at its top. */
  continuation?: Continuation;
}

export interface Continuation {
  /** "E003  Reflective account (continued)". */
  heading: string;
  /** The label of the part being drawn ("Reflection", "Details"), set as each part starts. */
  label: string;
}

/** The space the continuation lines take at the top of a page. */
export const CONTINUATION_HEIGHT = 9;

export type FontStyle = 'normal' | 'bold';

export function currentPage(ctx: Ctx): number {
  return ctx.doc.getCurrentPageInfo().pageNumber;
}

export function newPage(ctx: Ctx): void {
  ctx.doc.addPage();
  ctx.y = PAGE.top;
  if (ctx.continuation) {
    drawContinuation(ctx, ctx.continuation);
    ctx.y += CONTINUATION_HEIGHT;
  }
}

/**
 * The item's reference and title, and the part under way, at the top of a page the item runs on to,
 * so a page read on its own (a photo page, a long reflection) still says what it is.
 */
export function drawContinuation(ctx: Ctx, continuation: Continuation): void {
  const { doc } = ctx;
  setType(ctx, SIZE.small, 'bold', COLOUR.muted);
  const width = PAGE.right - PAGE.left;
  let heading = ctx.sanitise(continuation.heading).replace(/\n/g, ' ');
  // A very long title is cut, keeping "(continued)" readable at the end of it.
  const [title, word] = splitContinued(heading);
  if (doc.getTextWidth(heading) > width) {
    let cut = title;
    while (cut.length > 1 && doc.getTextWidth(`${cut}… ${word}`) > width) cut = cut.slice(0, -1);
    heading = `${cut.trimEnd()}… ${word}`;
  }
  doc.text(heading, PAGE.left, PAGE.top, { baseline: 'top' });
  setType(ctx, SIZE.small, 'normal', COLOUR.muted);
  doc.text(ctx.sanitise(continuation.label), PAGE.left, PAGE.top + lineHeight(SIZE.small), { baseline: 'top', maxWidth: width });
}

function splitContinued(heading: string): [string, string] {
  const at = heading.lastIndexOf(' (');
  return at > 0 ? [heading.slice(0, at), heading.slice(at + 1)] : [heading, ''];
}

/** Sections that start a page do so only once: a fresh page is not followed by another. */
export function startOnNewPage(ctx: Ctx): void {
  if (ctx.y > PAGE.top + 0.01) newPage(ctx);
}

export function ensureSpace(ctx: Ctx, height: number): void {
  if (ctx.y + height > PAGE.bottom) newPage(ctx);
}

export function markAnchor(ctx: Ctx, anchor: string): void {
  ctx.anchors.set(anchor, currentPage(ctx));
}

export function setType(ctx: Ctx, size: number, style: FontStyle = 'normal', colour: Rgb = COLOUR.text): void {
  ctx.doc.setFont(FONT, style === 'bold' && ctx.hasBold ? 'bold' : 'normal');
  ctx.doc.setFontSize(size);
  ctx.doc.setTextColor(colour[0], colour[1], colour[2]);
}

/**
 * Draws on the current page once all pages exist. Everything drawn this way sits in space the
 * layout already reserved (fixed-width columns, one reference per line), so what it prints can
 * never move anything else: the page numbers are exact by construction.
 */
export function later(ctx: Ctx, draw: (pages: PageMap) => void): void {
  const page = currentPage(ctx);
  ctx.deferred.push((pages) => {
    ctx.doc.setPage(page);
    draw(pages);
  });
}

/** What a reference occupies while the layout is made: as wide as any real one gets. */
export function refPlaceholder(words: PageRefWords, link: EvidenceLink): string {
  return `${link.ref}${words.separator}0000`;
}

/** "E004, p. 12": the exact-page reference awarding bodies ask for. */
export function refLabel(words: PageRefWords, pages: PageMap, link: EvidenceLink): string {
  return `${link.ref}${words.separator}${pages.get(link.anchor) ?? words.unknown}`;
}

/** An internal link to the top of the page an anchor starts on. */
export function linkTo(ctx: Ctx, x: number, y: number, w: number, h: number, anchor: string): void {
  later(ctx, (pages) => {
    const pageNumber = pages.get(anchor);
    if (pageNumber !== undefined) ctx.doc.link(x, y, w, h, { pageNumber, magFactor: 'XYZ', top: 0 });
  });
}
