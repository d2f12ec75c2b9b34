import { jsPDF } from 'jspdf';
import type { Ctx } from './context';
import { drawChrome } from './draw-chrome';
import { fileId } from './file-id';
import type { FontBytes, PdfFonts } from './font';
import { registerFonts } from './font-register';
import type { PdfModel } from '../model/types';
import { PAGE } from './theme';

/** What a document says around its pages: metadata, the file's identity, the header and footer. */
export type DocumentFrame = Pick<PdfModel, 'meta' | 'file' | 'header' | 'footer'>;

export type Bookmark = { title: string; anchor: string };

/**
 * A fresh A4 document with the embedded fonts and the layout state every Folio PDF draws with (the
 * portfolio's, the cohort's, the IQA's). Without `extra`, it holds no pictures.
 */
export function openDocument(font: FontBytes | PdfFonts, extra: Partial<Pick<Ctx, 'attachmentBytes' | 'printCopies' | 'meter' | 'pageRef'>> = {}): Ctx {
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
    ...extra,
  };
}

/** Bookmarks, one level, in order; an anchor that never got a page is left out. */
export function addBookmarks(ctx: Ctx, bookmarks: readonly Bookmark[]): void {
  for (const mark of bookmarks) {
    const pageNumber = ctx.anchors.get(mark.anchor);
    if (pageNumber !== undefined) ctx.doc.outline.add(null, ctx.sanitise(mark.title).replace(/\s+/g, ' '), { pageNumber });
  }
}

/**
 * Once every page exists: what waited for page numbers, the header and footer on every page, the
 * bookmarks (`outline`), the metadata, then the bytes. Same input, same file id.
 */
export function closeDocument(ctx: Ctx, frame: DocumentFrame, outline: () => void): Uint8Array {
  const { doc } = ctx;
  for (const draw of ctx.deferred) draw(ctx.anchors);
  drawChrome(ctx, frame);
  outline();
  doc.setProperties(frame.meta);
  doc.setCreationDate(new Date(frame.file.created));
  doc.setLanguage('en-GB');
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  doc.setFileId(fileId(frame.file.idSeed));
  return new Uint8Array(doc.output('arraybuffer'));
}
