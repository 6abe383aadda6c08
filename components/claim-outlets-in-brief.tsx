// The outlets a claim page lists in brief (past the ones it shows in full): each one's name,
// quote count and stance, one click from its full section; and a link to show every outlet.
import Link from 'next/link';
import { StanceBadge } from './stance-badge';
import type { ClaimDto, OutletDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';

export async function ClaimOutletsInBrief({ claim, inBrief, outletCount }: { claim: ClaimDto; inBrief: readonly OutletDto[]; outletCount: number }) {
  if (inBrief.length === 0) return null;
  const t = await getT();
  return (
    <section aria-labelledby="more-outlets" className="rounded-lg border border-slate-200 bg-white p-4" data-outlets-in-brief={inBrief.length}>
      <h3 id="more-outlets" className="font-semibold">{t('claim.moreOutlets', { count: inBrief.length })}</h3>
      <ul className="mt-2 divide-y divide-slate-100 text-sm">
        {inBrief.map((outlet) => {
          const cell = claim.cells[outlet.slug]!;
          return (
            <li key={outlet.slug} id={`outlet-${outlet.slug}`} data-outlet={outlet.slug} data-stance={cell.stance} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <Link href={`/claims/${claim.id}?quotes=${encodeURIComponent(outlet.slug)}#outlet-${outlet.slug}`} lang={outlet.language} className="text-blue-700 hover:underline">{outlet.name}</Link>
              <span className="flex items-center gap-2 text-slate-500">
                {cell.evidence.length > 0 ? t('claim.outletQuotes', { count: cell.evidence.length }) : t('claim.outletNoQuotes')}
                <StanceBadge stance={cell.stance} size="sm" />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-sm">
        <Link href={`/claims/${claim.id}?quotes=all#by-outlet`} className="text-blue-700 hover:underline" data-show-all-outlets>{t('claim.showAllOutlets', { count: outletCount })}</Link>
      </p>
    </section>
  );
}
