// A stance shown with a glyph, a text label and a colour, never colour alone.
import { stanceDescription, stanceLabel, type CellStance } from '@/lib/claims';
import { StanceIcon } from './stance-icon';

export const STANCE_CLASSES: Record<CellStance, string> = {
  states: 'bg-states-bg text-states border-states/40',
  contradicts: 'bg-contradicts-bg text-contradicts border-contradicts/40',
  mixed: 'bg-mixed-bg text-mixed border-mixed/40',
  omits: 'bg-omits-bg text-omits border-omits/30',
  predates: 'bg-predates-bg text-predates border-predates/30',
  unchecked: 'bg-unchecked-bg text-unchecked border-slate-300 border-dashed',
};

export function StanceBadge({ stance, size = 'md' }: { stance: CellStance; size?: 'sm' | 'md' }) {
  const pad = size === 'sm' ? 'px-1.5 py-0.5 text-xs' : 'px-2 py-0.5 text-sm';
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border font-medium whitespace-nowrap ${pad} ${STANCE_CLASSES[stance]}`}
      title={stanceDescription(stance)}
      data-stance={stance}
    >
      <StanceIcon stance={stance} />
      <span>{stanceLabel(stance)}</span>
    </span>
  );
}
