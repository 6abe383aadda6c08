// Filters, sort and search for the claim table as a plain GET form: every view is a URL, and
// the form works without JavaScript. On a phone it folds away above the claims. Fields left
// empty are dropped from the address by the page (app/page.tsx).
import Link from '@/components/link';
import { CELL_STANCES, CLAIM_KINDS } from '@/lib/claims';
import { isFiltered, TABLE_SORTS, type ClaimTableQuery } from '@/lib/claims/table-query';
import type { OutletDto } from '@/lib/data/types';
import { FoldOnPhone } from './fold-on-phone-client';
import { getT } from '@/lib/i18n/server';

const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** `topics`: the canonical name (the filter's value) and how it is shown in the interface language. */
export async function ClaimTableControls({
  query,
  outlets,
  topics,
  phone = false,
}: {
  query: ClaimTableQuery;
  outlets: OutletDto[];
  topics: { topic: string; label: string }[];
  /** the request comes from a phone: the filters start folded */
  phone?: boolean;
}) {
  const t = await getT();
  return (
    <FoldOnPhone summary={isFiltered(query) ? t('table.filter.summaryActive') : t('table.filter.summary')} keepOpen={isFiltered(query)} phone={phone}>
      <form method="get" action="/" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-7" role="search" aria-label={t('table.filter.label')}>
        <div className="lg:col-span-2">
          <label htmlFor="f-q" className="text-xs font-medium text-slate-600">{t('table.filter.search')}</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q} placeholder={t('table.filter.searchPlaceholder')} className={field} />
        </div>
        <div>
          <label htmlFor="f-stance" className="text-xs font-medium text-slate-600">{t('table.filter.stance')}</label>
          <select id="f-stance" name="stance" defaultValue={query.stance ?? ''} className={field}>
            <option value="">{t('table.filter.anyStance')}</option>
            {CELL_STANCES.map((stance) => (
              <option key={stance} value={stance}>{t(`stance.${stance}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-outlet" className="text-xs font-medium text-slate-600">{t('table.filter.outlet')}</label>
          <select id="f-outlet" name="outlet" defaultValue={query.outlet ?? ''} className={field}>
            <option value="">{t('table.filter.anyOutlet')}</option>
            {outlets.map((o) => (
              <option key={o.slug} value={o.slug} lang={o.language}>{o.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-topic" className="text-xs font-medium text-slate-600">{t('table.filter.topic')}</label>{' '}
          <Link href="/topics" className="text-xs text-blue-700 hover:underline">{t('table.filter.allTopicsLink')}</Link>
          <select id="f-topic" name="topic" defaultValue={query.topic ?? ''} className={field}>
            <option value="">{t('table.filter.allTopics')}</option>
            {topics.map(({ topic, label }) => (
              <option key={topic} value={topic}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-kind" className="text-xs font-medium text-slate-600">{t('table.filter.kind')}</label>
          <select id="f-kind" name="kind" defaultValue={query.kind ?? ''} className={field}>
            <option value="">{t('table.filter.allKinds')}</option>
            {CLAIM_KINDS.map((k) => (
              <option key={k} value={k}>{t(`claimKind.${k}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-sort" className="text-xs font-medium text-slate-600">{t('table.filter.sort')}</label>
          <select id="f-sort" name="sort" defaultValue={query.sort} className={field}>
            {TABLE_SORTS.map((s) => (
              <option key={s} value={s}>{t(`table.sort.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-7">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="contested" value="1" defaultChecked={query.contested} />
            {t('table.filter.contestedOnly')}
          </label>
          {query.cols && <input type="hidden" name="cols" value={query.cols.join(',')} />}
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">{t('table.filter.apply')}</button>
          {isFiltered(query) && (
            <Link href={query.cols ? `/?cols=${query.cols.join(',')}` : '/'} className="text-sm text-blue-700 hover:underline">
              {t('table.filter.clear')}
            </Link>
          )}
        </div>
      </form>
    </FoldOnPhone>
  );
}
