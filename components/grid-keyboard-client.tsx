'use client';
// Arrow-key navigation for the claim grid: the arrows move focus between cells (row header
// and outlet cells), Home/End jump within a row; Enter follows the focused cell's link.
import { useCallback } from 'react';

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
    <div onKeyDown={onKeyDown} className={className}>
      {children}
    </div>
  );
}
