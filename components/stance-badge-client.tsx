'use client';
// A stance shown with an icon, a text label in the interface language and a colour, never
// colour alone. A client leaf so client components (popovers, forms) can use it too.
import { useTranslations } from 'use-intl/react';
import type { CellStance } from '@/lib/claims';
import { STANCE_CLASSES } from './stance-style';

export function StanceBadge({ stance, size = 'md' }: { stance: CellStance; size?: 'sm' | 'md' }) {
  const t = useTranslations();
  const pad = size === 'sm' ? 'px-1.5 py-0.5 text-xs' : 'px-2 py-0.5 text-sm';
  return (
    <span
      className={`si si-${stance} inline-flex items-center gap-1 rounded border font-medium whitespace-nowrap ${pad} ${STANCE_CLASSES[stance]}`}
      title={t(`stanceHelp.${stance}`)}
      data-stance={stance}
    >
      <span>{t(`stance.${stance}`)}</span>
    </span>
  );
}
