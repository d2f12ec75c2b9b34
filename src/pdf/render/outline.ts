import type { jsPDF } from 'jspdf';
import type { Sanitise } from './glyphs';
import type { PdfModel } from '../model/types';

/** PDF bookmarks: the cover and contents, then each section with its units and evidence items under it. */
export function addOutline(doc: jsPDF, model: PdfModel, pages: ReadonlyMap<string, number>, sanitise: Sanitise): void {
  doc.outline.add(null, sanitise(model.outline.cover), { pageNumber: 1 });
  const contents = pages.get(model.contentsPage.anchor);
  if (contents !== undefined) doc.outline.add(null, sanitise(model.contentsPage.heading), { pageNumber: contents });
  let parent: ReturnType<jsPDF['outline']['add']> | null = null;
  for (const entry of model.contents) {
    const pageNumber = pages.get(entry.anchor);
    if (pageNumber === undefined) continue;
    const title = sanitise(entry.title).replace(/\s+/g, ' ');
    if (entry.level === 0) parent = doc.outline.add(null, title, { pageNumber });
    else doc.outline.add(parent, title, { pageNumber });
  }
}
