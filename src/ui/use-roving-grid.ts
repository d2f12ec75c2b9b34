import { useRef, useState, type KeyboardEvent } from 'react';

export interface Cell {
  row: number;
  col: number;
}

const PAGE_ROWS = 10;

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

export interface RovingGridOptions {
  /**
   * Called when the keys (or `focusCell`) move to a cell, before it is focused. A grid that draws only the
   * rows in view (a virtualised one) scrolls the cell's row into its window here; the cell is then focused
   * as soon as it is drawn.
   */
  onMove?: (cell: Cell) => void;
}

/**
 * One tab stop for a whole grid: only the active cell is in the tab order, and the arrow keys,
 * Home/End (row), Ctrl+Home/Ctrl+End (grid) and Page Up/Down move it, as the ARIA grid pattern asks.
 */
export function useRovingGrid(rows: number, cols: number, initial: Cell, options: RovingGridOptions = {}) {
  const [active, setActive] = useState<Cell>(initial);
  const elements = useRef(new Map<string, HTMLElement>());
  // A cell to focus once it is drawn: a virtualised grid may not have drawn the row moved to yet.
  const pending = useRef<string | null>(null);
  const current: Cell = { row: clamp(active.row, rows - 1), col: clamp(active.col, cols - 1) };

  function focusElement(el: HTMLElement, col: number) {
    el.focus();
    // The first column is sticky, so focusing it never scrolls: bring the row's start back into view.
    const scroller = el.closest<HTMLElement>('[role="region"]');
    if (col === 0 && scroller) scroller.scrollLeft = 0;
  }

  function moveTo(row: number, col: number) {
    const next = { row: clamp(row, rows - 1), col: clamp(col, cols - 1) };
    setActive(next);
    options.onMove?.(next);
    const key = `${next.row}:${next.col}`;
    const el = elements.current.get(key);
    if (el) {
      pending.current = null;
      focusElement(el, next.col);
    } else pending.current = key;
  }

  function onKeyDown(e: KeyboardEvent) {
    const { row, col } = current;
    const moves: Record<string, () => void> = {
      ArrowRight: () => moveTo(row, col + 1),
      ArrowLeft: () => moveTo(row, col - 1),
      ArrowDown: () => moveTo(row + 1, col),
      ArrowUp: () => moveTo(row - 1, col),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(row, 0)),
      End: () => (e.ctrlKey ? moveTo(rows - 1, cols - 1) : moveTo(row, cols - 1)),
      PageDown: () => moveTo(row + PAGE_ROWS, col),
      PageUp: () => moveTo(row - PAGE_ROWS, col),
    };
    const move = moves[e.key];
    if (!move || e.altKey || e.metaKey) return;
    e.preventDefault();
    move();
  }

  /** Props for the element that takes focus in cell (row, col). */
  function cellProps(row: number, col: number) {
    return {
      tabIndex: row === current.row && col === current.col ? 0 : -1,
      ref: (el: HTMLElement | null) => {
        const key = `${row}:${col}`;
        if (!el) {
          elements.current.delete(key);
          return;
        }
        elements.current.set(key, el);
        if (pending.current === key) {
          pending.current = null;
          focusElement(el, col);
        }
      },
      // A click or programmatic focus makes that cell the grid's tab stop.
      onFocus: () => {
        if (row !== current.row || col !== current.col) setActive({ row, col });
      },
    };
  }

  return {
    onKeyDown,
    cellProps,
    /** The cell that is the grid's tab stop. */
    active: current,
    /** Makes (row, col) the tab stop and focuses it (when it is drawn): coming back to a cell, say. */
    focusCell: moveTo,
  };
}
