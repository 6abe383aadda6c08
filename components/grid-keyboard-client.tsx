'use client';
// Arrow-key navigation for the claim grid: the arrows move focus between cells (row header
// and outlet cells), Home/End jump within a row; Enter follows the focused cell's link.
// It also places a cell's quote popover (.cg-tip) when the cell is hovered or focused: fixed
// to the viewport and kept inside it, so the grid's scrolling box never cuts it off (without
// JavaScript the CSS places it under the cell).
import { useCallback } from 'react';

const MARGIN = 8;

/** Puts the tip of the cell that `target` is in below the cell, or above it when there is no room. */
function placeTip(target: EventTarget | null): void {
  if (!(target instanceof Element)) return;
  const wrap = target.closest('.cg-wrap');
  const tip = wrap?.querySelector<HTMLElement>(':scope > .cg-tip');
  if (!wrap || !tip) return;
  const cell = wrap.getBoundingClientRect();
  tip.style.position = 'fixed';
  tip.style.translate = 'none';
  tip.style.transform = 'none';
  tip.style.marginTop = '0';
  const { width, height } = tip.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(cell.left + cell.width / 2 - width / 2, window.innerWidth - width - MARGIN));
  const below = cell.bottom + 4;
  const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, cell.top - 4 - height);
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

const KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

export function GridKeyboardClient({ children, className }: { children: React.ReactNode; className?: string }) {
  const onKeyDown = useCallback((event: React.KeyboardEvent<HTMLDivElement>) => {
    if (!KEYS.has(event.key)) return;
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-row][data-col]');
    if (!from) return;
    const row = Number(from.dataset.row);
    const col = Number(from.dataset.col);
    const grid = event.currentTarget;
    const lastCol = Number(grid.querySelector<HTMLElement>('[data-last-col]')?.dataset.lastCol ?? col);
    const target = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, lastCol],
    }[event.key]!;
    const cell = grid.querySelector<HTMLElement>(`[data-row="${target[0]}"][data-col="${target[1]}"]`);
    const focusable = cell?.querySelector<HTMLElement>('a, button');
    if (!focusable) return;
    event.preventDefault();
    focusable.focus();
  }, []);
  return (
    // The handler only moves focus between links inside; the table keeps its own semantics.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={onKeyDown} onPointerOver={(event) => placeTip(event.target)} onFocus={(event) => placeTip(event.target)} className={className}>
      {children}
    </div>
  );
}
