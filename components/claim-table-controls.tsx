// Filters, sort and search for the claim table as a plain GET form: every view is a URL, and
// the form works without JavaScript.
import Link from 'next/link';
import { CELL_STANCES, CLAIM_KINDS, claimKindLabel, stanceLabel } from '@/lib/claims';
import { isFiltered, TABLE_SORTS, type ClaimTableQuery } from '@/lib/claims/table-query';
import type { OutletDto } from '@/lib/data/types';

const SORT_LABELS: Record<ClaimTableQuery['sort'], string> = {
  newest: 'Newest',
  contested: 'Most contested',
  coverage: 'Widest coverage',
  omitted: 'Most omitted',
};

const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';

export function ClaimTableControls({ query, outlets, topics }: { query: ClaimTableQuery; outlets: OutletDto[]; topics: string[] }) {
  return (
    <form method="get" action="/" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-7" role="search" aria-label="Filter claims">
      <div className="lg:col-span-2">
        <label htmlFor="f-q" className="text-xs font-medium text-slate-600">Search claims</label>
        <input id="f-q" name="q" type="search" defaultValue={query.q} placeholder="e.g. 习近平, 9次" className={field} />
      </div>
      <div>
        <label htmlFor="f-stance" className="text-xs font-medium text-slate-600">Stance</label>
        <select id="f-stance" name="stance" defaultValue={query.stance ?? ''} className={field}>
          <option value="">Any</option>
          {CELL_STANCES.map((stance) => (
            <option key={stance} value={stance}>{stanceLabel(stance)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-outlet" className="text-xs font-medium text-slate-600">…in outlet</label>
        <select id="f-outlet" name="outlet" defaultValue={query.outlet ?? ''} className={field}>
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o.slug} value={o.slug} lang={o.language}>{o.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-topic" className="text-xs font-medium text-slate-600">Topic</label>
        <select id="f-topic" name="topic" defaultValue={query.topic ?? ''} className={field}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-kind" className="text-xs font-medium text-slate-600">Kind</label>
        <select id="f-kind" name="kind" defaultValue={query.kind ?? ''} className={field}>
          <option value="">All kinds</option>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>{claimKindLabel(k)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-sort" className="text-xs font-medium text-slate-600">Sort</label>
        <select id="f-sort" name="sort" defaultValue={query.sort} className={field}>
          {TABLE_SORTS.map((s) => (
            <option key={s} value={s}>{SORT_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-7">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="contested" value="1" defaultChecked={query.contested} />
          Contested only (one outlet states, another contradicts)
        </label>
        {query.cols && <input type="hidden" name="cols" value={query.cols.join(',')} />}
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">Apply</button>
        {isFiltered(query) && (
          <Link href={query.cols ? `/?cols=${query.cols.join(',')}` : '/'} className="text-sm text-blue-700 hover:underline">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
