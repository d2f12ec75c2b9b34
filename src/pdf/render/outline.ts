import type { jsPDF } from 'jspdf';
import type { Sanitise } from './glyphs';
import type { ContentsEntry } from '../model/types';

/** PDF bookmarks: the cover and contents, then each section with its units and evidence items under it. */
export function addOutline(doc: jsPDF, entries: readonly ContentsEntry[], pages: ReadonlyMap<string, number>, sanitise: Sanitise): void {
  doc.outline.add(null, 'Cover', { pageNumber: 1 });
  const contents = pages.get('contents');
  if (contents !== undefined) doc.outline.add(null, 'Contents', { pageNumber: contents });
  let parent: ReturnType<jsPDF['outline']['add']> | null = null;
  for (const entry of entries) {
    const pageNumber = pages.get(entry.anchor);
    if (pageNumber === undefined) continue;
    const title = sanitise(entry.title).replace(/\s+/g, ' ');
    if (entry.level === 0) parent = doc.outline.add(null, title, { pageNumber });
    else doc.outline.add(parent, title, { pageNumber });
  }
}
