// Stance icons as SVG: they render the same on every machine, unlike rare Unicode glyphs (⧗, ∅)
// that many fonts lack. Each icon is declared once, as SVG markup, and drawn two ways: inline
// (StanceIcon, for badges on pages with a few of them) and as a CSS mask (stance-sprite.tsx, for
// the claim grid's thousands of cells, where an element per icon would double the page's DOM).
import type { CellStance } from '@/lib/claims';

/** The inside of each icon's 16 x 16 SVG (stroked, round caps and joins). */
export const STANCE_ICON_SVG: Record<CellStance, string> = {
  states: '<path d="M3.5 8.5l3 3 6-7"/>',
  contradicts: '<path d="M4 4l8 8M12 4l-8 8"/>',
  mixed: '<path d="M8 2.5v6M5 5.5h6M5 12.5h6"/>',
  omits: '<circle cx="8" cy="8" r="5"/><path d="M4.5 11.5l7-7"/>',
  predates: '<circle cx="8" cy="8" r="5.5"/><path d="M8 5v3.2l2.2 1.6"/>',
  // a circular arrow: look again
  rereview: '<path d="M12.5 8a4.5 4.5 0 1 1-1.3-3.2M12.5 2.8v2.4h-2.4"/>',
  unchecked: '<path d="M5.8 6a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.4M8 12.3v.2"/>',
};

const STROKE = 'fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"';

/** The icon as a standalone SVG document in a data: URL (black strokes: a mask takes its shape only). */
export function stanceIconDataUrl(stance: CellStance): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" stroke="black" ${STROKE}>${STANCE_ICON_SVG[stance]}</svg>`)}`;
}

export function StanceIcon({ stance, className = 'h-3.5 w-3.5' }: { stance: CellStance; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${className}`}
      // constant markup of this module, never user input
      dangerouslySetInnerHTML={{ __html: STANCE_ICON_SVG[stance] }}
    />
  );
}
