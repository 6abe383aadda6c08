// Colours per stance (Tailwind classes); always paired with an icon and a text label.
import type { CellStance } from '@/lib/claims';

export const STANCE_CLASSES: Record<CellStance, string> = {
  states: 'bg-states-bg text-states border-states/40',
  contradicts: 'bg-contradicts-bg text-contradicts border-contradicts/40',
  mixed: 'bg-mixed-bg text-mixed border-mixed/40',
  omits: 'bg-omits-bg text-omits border-omits/30',
  predates: 'bg-predates-bg text-predates border-predates/30',
  rereview: 'bg-rereview-bg text-rereview border-rereview/60 border-double',
  unchecked: 'bg-unchecked-bg text-unchecked border-slate-300 border-dashed',
};
