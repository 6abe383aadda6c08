'use client';
// The claim grid's interactive shell. Arrow keys move focus between cells (row header and
// outlet cells), Home/End jump within a row; Enter follows the focused cell's link. Hovering or
// focusing a cell shows its quote in the grid's one popover, rendered only then: the quotes
// travel once, as the grid's data, not as a hidden popover in every cell of the page's HTML.
// The popover is fixed to the viewport and kept inside it, so the grid's scrolling box never
// cuts it off; Escape dismisses it (WCAG 1.4.13).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const MARGIN = 8;
const TIP_ID = 'cg-tip';
const KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

type CellAt = { row: number; col: number; link: HTMLElement };

/** The outlet cell (column 1 and on) whose link `target` is in, if any. */
function cellAt(target: EventTarget | null): CellAt | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest<HTMLElement>('td[data-row][data-col]');
  const link = cell?.querySelector<HTMLElement>('a');
  if (!cell || !link) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col), link };
}

/** Puts the popover below the cell's link, or above it when there is no room. */
function place(tip: HTMLElement, anchor: HTMLElement): void {
  const cell = anchor.getBoundingClientRect();
  const { width, height } = tip.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(cell.left + cell.width / 2 - width / 2, window.innerWidth - width - MARGIN));
  const below = cell.bottom + 4;
  const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, cell.top - 4 - height);
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

export function GridKeyboardClient({
  children,
  className,
  quote,
}: {
  children: React.ReactNode;
  className?: string;
  /** the popover's content for the cell at (row, column), or null when it has none */
  quote: (row: number, col: number) => React.ReactNode;
}) {
  const [hovered, setHovered] = useState<CellAt | null>(null);
  const [focused, setFocused] = useState<CellAt | null>(null);
  const [dismissed, setDismissed] = useState<HTMLElement | null>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const shown = hovered ?? focused;
  const content = shown && shown.link !== dismissed ? quote(shown.row, shown.col) : null;
  const anchor = content ? shown!.link : null;

  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!anchor || !tip) return;
    place(tip, anchor);
    anchor.setAttribute('aria-describedby', TIP_ID);
    const replace = () => place(tip, anchor);
    window.addEventListener('scroll', replace, true);
    window.addEventListener('resize', replace);
    return () => {
      anchor.removeAttribute('aria-describedby');
      window.removeEventListener('scroll', replace, true);
      window.removeEventListener('resize', replace);
    };
  }, [anchor]);

  const onKeyDown = useCallback((event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      const active = cellAt(event.target);
      if (active) setDismissed(active.link);
      return;
    }
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
    // The handlers move focus between links inside and show the focused or hovered cell's quote;
    // the table keeps its own semantics.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      onKeyDown={onKeyDown}
      onPointerOver={(event) => {
        const cell = cellAt(event.target);
        if (cell?.link !== hovered?.link) setHovered(cell);
      }}
      onPointerLeave={() => setHovered(null)}
      onFocus={(event) => {
        setFocused(cellAt(event.target));
        setDismissed(null);
      }}
      onBlur={() => setFocused(null)}
      className={className}
    >
      {children}
      {content ? (
        <span ref={tipRef} id={TIP_ID} role="tooltip" className="cg-tip">
          {content}
        </span>
      ) : null}
    </div>
  );
}
