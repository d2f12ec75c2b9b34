import { jsPDF } from 'jspdf';
import type { Ctx } from './context';
import { drawChrome } from './draw-chrome';
import { fileId } from './file-id';
import type { FontBytes, PdfFonts } from './font';
import { registerFonts } from './font-register';
import type { PdfModel } from '../model/types';
import { PAGE } from './theme';

/** What a document other than the portfolio's (the cohort's, the IQA's) says around its pages. */
export interface DocumentFrame extends Pick<PdfModel, 'meta' | 'file' | 'header' | 'footer'> {
  /** PDF bookmarks, in order; an anchor that never got a page is left out. */
  bookmarks: { title: string; anchor: string }[];
}

/**
 * A fresh A4 document with the embedded fonts and the same layout state the portfolio PDF uses, so
 * tables, headings and paragraphs draw through the shared helpers. It holds no pictures.
 */
export function openDocument(font: FontBytes | PdfFonts): Ctx {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const { sanitise, hasBold } = registerFonts(doc, font);
  return {
    doc,
    sanitise,
    hasBold,
    y: PAGE.top,
    anchors: new Map(),
    deferred: [],
    attachmentBytes: new Map(),
    printCopies: new Map(),
    embedded: new Set(),
    pageRef: { separator: ', p. ', unknown: '?' },
  };
}

/** Header, footer, bookmarks and metadata on every page, then the bytes. Same input, same file id. */
export function closeDocument(ctx: Ctx, frame: DocumentFrame): Uint8Array {
  const { doc } = ctx;
  for (const draw of ctx.deferred) draw(ctx.anchors);
  drawChrome(ctx, frame);
  for (const mark of frame.bookmarks) {
    const pageNumber = ctx.anchors.get(mark.anchor);
    if (pageNumber !== undefined) doc.outline.add(null, ctx.sanitise(mark.title).replace(/\s+/g, ' '), { pageNumber });
  }
  doc.setProperties(frame.meta);
  doc.setCreationDate(new Date(frame.file.created));
  doc.setLanguage('en-GB');
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  doc.setFileId(fileId(frame.file.idSeed));
  return new Uint8Array(doc.output('arraybuffer'));
}
