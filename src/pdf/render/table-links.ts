import type { CellHookData } from 'jspdf-autotable';
import { later, linkTo, refLabel, refPlaceholder, setType, type Ctx } from './context';
import type { EvidenceLink } from '../model/types';
import type { Rgb } from './theme';
import { GLUE } from '../keep-together';

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

/** Between the references of a run: "E004, p. 12 · E009, p. 18". */
const RUN_SEPARATOR = ' · ';

/** One reference of a run as it is measured: glued, so a line never breaks inside "E004, p. 12". */
const gluedPlaceholder = (ctx: Ctx, link: EvidenceLink) => refPlaceholder(ctx.pageRef, link).replace(/ /g, GLUE);

/**
 * A table cell listing references as one wrapped run ("E004, p. 12 · E009, p. 18"), not one per line:
 * autotable wraps the placeholders (each as wide as any real reference gets), so the row's height is
 * final before the pages are known.
 */
export function refRunCell(ctx: Ctx, links: readonly EvidenceLink[]): string {
  return links.map((l) => gluedPlaceholder(ctx, l)).join(RUN_SEPARATOR);
}

/** Placeholder text → the reference it stands for, for deferRefRunCell. */
export function refRunIndex(ctx: Ctx, links: Iterable<EvidenceLink>): Map<string, EvidenceLink> {
  return new Map([...links].map((l) => [gluedPlaceholder(ctx, l), l]));
}

/**
 * Call from willDrawCell for a column of reference runs: as deferRefCell, but each wrapped line may
 * hold several references, each drawn and linked on its own once the pages are known.
 */
export function deferRefRunCell(ctx: Ctx, data: CellHookData, colour: Rgb, links: ReadonlyMap<string, EvidenceLink>): void {
  const { cell, doc } = data;
  const lines = cell.text.map((line) =>
    line
      .split(RUN_SEPARATOR.trim())
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
  if (!lines.some((parts) => parts.some((part) => links.has(part)))) return;
  const size = cell.styles.fontSize;
  const fs = size / ctx.doc.internal.scaleFactor;
  const lh = fs * doc.getLineHeightFactor();
  const left = cell.x + cell.padding('left');
  const top = cell.y + cell.padding('top');
  cell.text = [''];
  later(ctx, (pages) => {
    setType(ctx, size, 'normal', colour);
    lines.forEach((parts, i) => {
      const y = top + fs * FIRST_BASELINE + i * lh;
      let x = left;
      parts.forEach((part, j) => {
        const link = links.get(part);
        const label = link ? refLabel(ctx.pageRef, pages, link) : part;
        ctx.doc.text(label, x, y);
        const width = ctx.doc.getTextWidth(label);
        const pageNumber = link ? pages.get(link.anchor) : undefined;
        if (pageNumber !== undefined) ctx.doc.link(x, top + i * lh, width, lh, { pageNumber, magFactor: 'XYZ', top: 0 });
        x += width;
        if (j < parts.length - 1) {
          ctx.doc.text(RUN_SEPARATOR, x, y);
          x += ctx.doc.getTextWidth(RUN_SEPARATOR);
        }
      });
    });
  });
}
