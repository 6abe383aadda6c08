import { CELL_STANCES } from '@/lib/claims';
import { getT } from '@/lib/i18n/server';
import { StanceBadge } from './stance-badge';

export async function StanceLegend() {
  const t = await getT();
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-600" aria-label={t('legend')}>
      {CELL_STANCES.map((stance) => (
        <div key={stance} className="flex items-center gap-2">
          <dt>
            <StanceBadge stance={stance} size="sm" />
          </dt>
          <dd className="sr-only md:not-sr-only md:max-w-56 md:text-xs">{t(`stanceHelp.${stance}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
