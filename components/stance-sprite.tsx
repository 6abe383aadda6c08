// The stance icons once per page (the root layout renders the rules), as CSS: each `si
// si-<stance>` pair of classes draws its icon in the element's colour before its text (a mask
// over currentColor). Badges, grid cells and counts carry the classes instead of an <svg> of
// their own, which keeps the grid's DOM to a few elements per cell. The printable report draws
// them inline (StanceIcon): printing leaves backgrounds out unless the browser is told otherwise.
import type { CellStance } from '@/lib/claims';
import { STANCE_ICON_SVG, stanceIconDataUrl } from './stance-icon';

const ICON_RULES = (Object.keys(STANCE_ICON_SVG) as CellStance[]).map((stance) => `.si-${stance}::before{mask-image:url("${stanceIconDataUrl(stance)}")}`).join('\n');

export function StanceIconRules() {
  // constant CSS built from this module's icons, never user input
  return <style dangerouslySetInnerHTML={{ __html: ICON_RULES }} />;
}

/** The classes of a compact grid badge: shape, colour and icon (from the page's icon rules). */
export function badgeClass(stance: CellStance): string {
  return `cg-badge cg-${stance} si si-${stance}`;
}

/** A compact stance badge for the grid: icon, label, colour class. */
export function GridBadge({ stance, label }: { stance: CellStance; label: string }) {
  return <span className={badgeClass(stance)}>{label}</span>;
}
