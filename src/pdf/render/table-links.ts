import type { CellHookData } from 'jspdf-autotable';
import { later, linkTo, refLabel, refPlaceholder, setType, type Ctx } from './context';
import type { EvidenceLink } from '../model/types';
import type { Rgb } from './theme';

/** A table cell listing evidence references, one per line, as placeholders until pages are known. */
export function refCell(ctx: Ctx, links: readonly EvidenceLink[]): string {
  return links.map((l) => refPlaceholder(ctx.pageRef, l)).join('\n');
}

// Where autotable puts the first baseline below a cell's text position (see its autoTableText).
const FIRST_BASELINE = 2 - 1.15;

/**
 * Call from willDrawCell for a column of references: autotable draws nothing there; instead each
 * line is drawn, once the pages are known, as "E004, p. 12" with a link to that page, exactly
 * where autotable would have put it. Works line by line, so a row split over two pages is right.
 */
export function deferRefCell(ctx: Ctx, data: CellHookData, colour: Rgb, links: ReadonlyMap<string, EvidenceLink>): void {
  const { cell, doc } = data;
  const lines = cell.text.map((l) => links.get(l.trim()));
  if (!lines.some((l) => l !== undefined)) return;
  const size = cell.styles.fontSize;
  const fs = size / ctx.doc.internal.scaleFactor;
  const lh = fs * doc.getLineHeightFactor();
  const x = cell.x + cell.padding('left');
  const top = cell.y + cell.padding('top');
  const width = cell.width - cell.padding('horizontal');
  const drawn = cell.text.slice();
  cell.text = [''];
  later(ctx, (pages) => {
    setType(ctx, size, 'normal', colour);
    lines.forEach((link, i) => {
      ctx.doc.text(link ? refLabel(ctx.pageRef, pages, link) : (drawn[i] ?? ''), x, top + fs * FIRST_BASELINE + i * lh);
    });
  });
  lines.forEach((link, i) => {
    if (link) linkTo(ctx, x, top + i * lh, width, lh, link.anchor);
  });
}

/** Placeholder text → the reference it stands for, for deferRefCell. */
export function refIndex(ctx: Ctx, links: Iterable<EvidenceLink>): Map<string, EvidenceLink> {
  return new Map([...links].map((l) => [refPlaceholder(ctx.pageRef, l), l]));
}
