// The stance icons once per page as an SVG sprite; cells refer to them with <use>.
import type { CellStance } from '@/lib/claims';
import { STANCE_ICON_PATHS } from './stance-icon';

export function StanceSprite() {
  return (
    <svg aria-hidden="true" focusable="false" style={{ display: 'none' }}>
      {(Object.keys(STANCE_ICON_PATHS) as CellStance[]).map((stance) => (
        <symbol key={stance} id={`si-${stance}`} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          {STANCE_ICON_PATHS[stance]}
        </symbol>
      ))}
    </svg>
  );
}

/** A compact stance badge for the grid: icon from the sprite, label, colour class. */
export function GridBadge({ stance, label }: { stance: CellStance; label: string }) {
  return (
    <span className={`cg-badge cg-${stance}`}>
      <svg aria-hidden="true">
        <use href={`#si-${stance}`} />
      </svg>
      {label}
    </span>
  );
}
