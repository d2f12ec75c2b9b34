import { autoTable, type CellHookData, type Styles, type UserOptions } from 'jspdf-autotable';
import { CONTINUATION_HEIGHT, currentPage, drawContinuation, type Ctx } from './context';
import { COLOUR, FONT, PAGE, SIZE } from './theme';

export type Cell = string | { content: string; styles?: Partial<Styles>; colSpan?: number; rowSpan?: number };

export interface TableSpec {
  head?: Cell[][];
  body: Cell[][];
  foot?: Cell[][];
  columnStyles?: Record<number, Partial<Styles>>;
  styles?: Partial<Styles>;
  headStyles?: Partial<Styles>;
  theme?: 'grid' | 'plain' | 'striped';
  showHead?: UserOptions['showHead'];
  showFoot?: UserOptions['showFoot'];
  didDrawCell?: (data: CellHookData) => void;
  willDrawCell?: (data: CellHookData) => void;
  /** Space after the table (mm). */
  after?: number;
  /**
   * The column that names each row (a label and value table's labels): on a page a long item's table
   * runs on to, the continuation lines name the row at the top ("Details: The situation").
   */
  labelColumn?: number;
}

/**
 * Every table goes through here, so every table draws with the embedded font (autotable would
 * otherwise fall back to Helvetica, which has no "Ł" or "€"), every cell passes the glyph check,
 * and tables keep clear of the page header and footer.
 */
export function table(ctx: Ctx, spec: TableSpec): void {
  const clean = (rows: Cell[][] | undefined) =>
    rows?.map((row) => row.map((c) => (typeof c === 'string' ? ctx.sanitise(c) : { ...c, content: ctx.sanitise(c.content) })));
  const bold = ctx.hasBold ? 'bold' : 'normal';
  let endY = ctx.y;
  const { continuation } = ctx;
  const startPage = currentPage(ctx);
  // Set when a page the item runs on to begins; its continuation lines wait for the first row drawn on
  // it, so they can name that row (the room for them is kept by the top margin).
  let pending = false;
  let lastLabel: string | undefined;
  const drawPending = (rowLabel?: string) => {
    if (!continuation || !pending) return;
    pending = false;
    const { doc } = ctx;
    // autotable has set the cell's type before this hook: put it back after drawing ours.
    const font = doc.getFont();
    const fontSize = doc.getFontSize();
    const colour = doc.getTextColor();
    const label = continuation.label ? `${continuation.label}: ${rowLabel}` : rowLabel;
    drawContinuation(ctx, rowLabel && label ? { ...continuation, label } : continuation);
    doc.setFont(font.fontName, font.fontStyle);
    doc.setFontSize(fontSize);
    doc.setTextColor(colour);
  };
  autoTable(ctx.doc, {
    startY: ctx.y,
    // On the pages a long item's table runs on to, room is left at the top for the continuation lines.
    margin: { left: PAGE.left, right: PAGE.width - PAGE.right, top: PAGE.top + (continuation ? CONTINUATION_HEIGHT : 0), bottom: PAGE.height - PAGE.bottom },
    theme: spec.theme ?? 'grid',
    rowPageBreak: 'auto',
    showHead: spec.showHead ?? 'everyPage',
    showFoot: spec.showFoot ?? 'lastPage',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: SIZE.small,
      textColor: [...COLOUR.text],
      lineColor: [...COLOUR.rule],
      lineWidth: 0.2,
      cellPadding: { top: 1.6, bottom: 1.6, left: 2, right: 2 },
      overflow: 'linebreak',
      valign: 'top',
      ...spec.styles,
    },
    headStyles: { font: FONT, fontStyle: bold, fillColor: [...COLOUR.headFill], textColor: [...COLOUR.accent], ...spec.headStyles },
    footStyles: { font: FONT, fontStyle: bold, fillColor: [...COLOUR.labelFill], textColor: [...COLOUR.text] },
    columnStyles: spec.columnStyles,
    head: clean(spec.head),
    body: clean(spec.body),
    foot: clean(spec.foot),
    willDrawCell: (data) => {
      if (spec.labelColumn !== undefined && data.section === 'body' && data.column.index === spec.labelColumn) {
        // The part of a row carried to the next page (autotable numbers it -1) has an empty label
        // cell: it is still the row last labelled.
        const text = data.cell.text.join(' ').trim();
        if (data.row.index >= 0 && text) lastLabel = text;
      }
      if (pending && data.section === 'body') drawPending(lastLabel);
      spec.willDrawCell?.(data);
    },
    didDrawCell: spec.didDrawCell,
    willDrawPage: () => {
      pending = continuation !== undefined && currentPage(ctx) > startPage;
    },
    didDrawPage: (data) => {
      // A page with no body row on it (only the repeated head) still says what it continues.
      drawPending();
      endY = data.cursor?.y ?? endY;
    },
  });
  ctx.y = endY + (spec.after ?? 4);
}

/** Label and value pairs as a two-column table. */
export function keyValueTable(ctx: Ctx, rows: { label: string; value: string }[], labelWidth: number, opts: { empty?: string } = {}): void {
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    body: rows.map((r) =>
      r.value === '' && opts.empty !== undefined
        ? [r.label, { content: opts.empty, styles: { textColor: [...COLOUR.muted] } }]
        : [r.label, r.value],
    ),
    styles: { fontSize: SIZE.small + 0.5 },
    columnStyles: { 0: { cellWidth: labelWidth, fontStyle: bold, fillColor: [...COLOUR.labelFill], textColor: [...COLOUR.muted] } },
    labelColumn: 0,
  });
}
