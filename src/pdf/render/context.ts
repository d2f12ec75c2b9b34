import type { jsPDF } from 'jspdf';
import type { WorkMeter } from '../../domain/work-meter';
import type { Sanitise } from './glyphs';
import type { EvidenceLink, PageRefWords } from '../model/types';
import { COLOUR, FONT, PAGE, type Rgb } from './theme';

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
}

export type FontStyle = 'normal' | 'bold';

export function currentPage(ctx: Ctx): number {
  return ctx.doc.getCurrentPageInfo().pageNumber;
}

export function newPage(ctx: Ctx): void {
  ctx.doc.addPage();
  ctx.y = PAGE.top;
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
