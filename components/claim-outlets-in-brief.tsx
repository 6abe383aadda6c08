// The outlets a claim page lists in brief (past the ones it shows in full), grouped by stance:
// each group's badge and size, then its outlets as links (with their quote counts), each one
// click from its full section; and a link to show every outlet. A claim read by 200 outlets
// lists about 170 here, so one line per outlet (and a badge each) would be most of the page.
import { Fragment } from 'react';
import { StanceBadge } from './stance-badge';
import { CELL_STANCES } from '@/lib/claims';
import type { ClaimDto, OutletDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';

export async function ClaimOutletsInBrief({ claim, inBrief, outletCount }: { claim: ClaimDto; inBrief: readonly OutletDto[]; outletCount: number }) {
  if (inBrief.length === 0) return null;
  const t = await getT();
  const groups = CELL_STANCES.map((stance) => ({ stance, outlets: inBrief.filter((outlet) => claim.cells[outlet.slug]!.stance === stance) })).filter((group) => group.outlets.length > 0);
  return (
    <section aria-labelledby="more-outlets" className="rounded-lg border border-slate-200 bg-white p-4" data-outlets-in-brief={inBrief.length}>
      <h3 id="more-outlets" className="font-semibold">{t('claim.moreOutlets', { count: inBrief.length })}</h3>
      <dl className="mt-2 space-y-3 text-sm">
        {groups.map(({ stance, outlets }) => (
          <div key={stance} data-stance={stance}>
            <dt className="flex items-center gap-2">
              <StanceBadge stance={stance} size="sm" />
              <span className="text-slate-500">{t('claim.outletCount', { count: outlets.length })}</span>
            </dt>
            {/* the links' look is set here once: 170 links each carrying it were a tenth of a claim page */}
            <dd className="mt-1 leading-relaxed [&_a]:scroll-mt-4 [&_a]:text-blue-700 [&_a:hover]:underline">
              {outlets.map((outlet, index) => {
                const quotes = claim.cells[outlet.slug]!.evidence.length;
                return (
                  <Fragment key={outlet.slug}>
                    {index > 0 && ' · '}
                    {/* plain links: each opens the page again with that outlet in full */}
                    <a id={`outlet-${outlet.slug}`} href={`?quotes=${encodeURIComponent(outlet.slug)}#outlet-${outlet.slug}`} lang={outlet.language}>
                      {outlet.name}
                    </a>
                    {quotes > 0 && <span className="text-slate-500"> ({t('claim.outletQuotes', { count: quotes })})</span>}
                  </Fragment>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm">
        <a href={`/claims/${claim.id}?quotes=all#by-outlet`} className="text-blue-700 hover:underline" data-show-all-outlets>{t('claim.showAllOutlets', { count: outletCount })}</a>
      </p>
    </section>
  );
}
