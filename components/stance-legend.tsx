import { CELL_STANCES, stanceDescription } from '@/lib/claims';
import { StanceBadge } from './stance-badge';

export function StanceLegend() {
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-600" aria-label="Legend">
      {CELL_STANCES.map((stance) => (
        <div key={stance} className="flex items-center gap-2">
          <dt>
            <StanceBadge stance={stance} size="sm" />
          </dt>
          <dd className="sr-only md:not-sr-only md:max-w-56 md:text-xs">{stanceDescription(stance)}</dd>
        </div>
      ))}
    </dl>
  );
}
