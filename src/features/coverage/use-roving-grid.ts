import { useRef, useState, type KeyboardEvent } from 'react';

export interface Cell {
  row: number;
  col: number;
}

const PAGE_ROWS = 10;

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/**
 * One tab stop for a whole grid: only the active cell is in the tab order, and the arrow keys,
 * Home/End (row), Ctrl+Home/Ctrl+End (grid) and Page Up/Down move it, as the ARIA grid pattern asks.
 */
export function useRovingGrid(rows: number, cols: number, initial: Cell) {
  const [active, setActive] = useState<Cell>(initial);
  const elements = useRef(new Map<string, HTMLElement>());
  const current: Cell = { row: clamp(active.row, rows - 1), col: clamp(active.col, cols - 1) };

  function moveTo(row: number, col: number) {
    const next = { row: clamp(row, rows - 1), col: clamp(col, cols - 1) };
    setActive(next);
    const el = elements.current.get(`${next.row}:${next.col}`);
    el?.focus();
    // The first column is sticky, so focusing it never scrolls: bring the row's start back into view.
    const scroller = el?.closest<HTMLElement>('[role="region"]');
    if (next.col === 0 && scroller) scroller.scrollLeft = 0;
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
        if (el) elements.current.set(`${row}:${col}`, el);
        else elements.current.delete(`${row}:${col}`);
      },
      // A click or programmatic focus makes that cell the grid's tab stop.
      onFocus: () => {
        if (row !== current.row || col !== current.col) setActive({ row, col });
      },
    };
  }

  return { onKeyDown, cellProps };
}
