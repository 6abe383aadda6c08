// The claims x outlets grid readers open first, its column chooser and paging. A summary
// row counts each outlet's stances over the whole view; below the md breakpoint the same
// data renders as one card per claim (a phone's request gets the cards from the server, a
// narrow window swaps the grid for them once the page runs). The grid
// itself is a client component fed compact rows: the page then carries the data once, not a
// second time as a serialized element tree.
import Link from '@/components/link';
import { CELL_STANCES, type StanceTotals } from '@/lib/claims';
import { ADD_COLUMN_PARAM, withTableQuery, type ClaimTableQuery } from '@/lib/claims/table-query';
import type { ClaimDto, OutletDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';
import { ClaimGridClient, type GridLabels } from './claim-grid-client';
import { comparatorWords } from '@/lib/i18n/comparator-words';
import { toGridRows, toGridTotals } from './claim-grid-rows';
import { PageNav } from './page-nav';
import { textLang } from '@/lib/text/detect-script';

export type ClaimTableProps = {
  claims: ClaimDto[];
  outlets: OutletDto[];
  totals: Record<string, StanceTotals>;
  total: number;
  /** the grid (cards in a narrow window), or a phone's cards (see ClaimGridClient) */
  layout?: 'responsive' | 'cards';
};

/** Translates every label once and hands the grid compact rows (see claim-grid-rows.ts). */
export async function ClaimTable({ claims, outlets, totals, total, layout = 'responsive' }: ClaimTableProps) {
  const t = await getT();
  if (claims.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{t('table.empty')}</p>;
  const rows = toGridRows(claims, outlets, { asOf: (date) => t('table.asOf', { date }), lang: textLang, comparators: comparatorWords(t), quotes: layout !== 'cards' });
  const moreCounts = new Set(rows.flatMap((row) => row.cells.map((cell) => cell[3] ?? 0)).filter((n) => n > 0));
  const uncheckedCounts = new Set(rows.map((row) => row.cells.filter((cell) => cell[0] === 'unchecked').length).filter((n) => n > 0));
  const labels: GridLabels = {
    ariaLabel: t('table.ariaLabel'),
    cardsLabel: t('table.cardsLabel'),
    claimColumn: t('table.claimColumn'),
    across: t('table.across', { count: total }),
    names: Object.fromEntries(CELL_STANCES.map((s) => [s, t(`stance.${s}`)])) as GridLabels['names'],
    words: Object.fromEntries(CELL_STANCES.map((s) => [s, t(`stanceWord.${s}`)])) as GridLabels['words'],
    cellOmits: t('table.cellOmits'),
    cellPredates: t('table.cellPredates'),
    statedValue: t('common.statedValueLabel'),
    draftTag: t('common.draftTag'),
    summaryNames: [t('table.summaryLabel.states'), t('table.summaryLabel.contradicts'), t('table.summaryLabel.omits')],
    allOutlets: t('table.allOutlets'),
    more: Object.fromEntries([...moreCounts].map((count) => [count, t('table.moreQuotes', { count })])),
    unchecked: Object.fromEntries([...uncheckedCounts].map((count) => [count, t('table.uncheckedCount', { count })])),
  };
  const gridTotals = layout === 'cards' ? [] : outlets.map((outlet) => {
    const counts = toGridTotals(totals[outlet.slug]);
    return {
      counts,
      titles: [
        t('table.summary.states', { count: counts[0] }),
        t('table.summary.contradicts', { count: counts[1] }),
        t('table.summary.omits', { count: counts[2] }),
      ] as [string, string, string],
    };
  });
  return (
    <>
      <ClaimGridClient
        columns={outlets.map(({ slug, name, language }) => ({ slug, name, language }))}
        rows={rows}
        totals={gridTotals}
        total={total}
        labels={labels}
        layout={layout}
      />
    </>
  );
}

/** Show, hide and reorder outlet columns; plain links and a GET form, so it works without JavaScript. */
export async function ColumnChooser({ query, outlets, allOutlets }: { query: ClaimTableQuery; outlets: OutletDto[]; allOutlets: OutletDto[] }) {
  const t = await getT();
  const visible = outlets.map((o) => o.slug);
  const hidden = allOutlets.filter((o) => !visible.includes(o.slug));
  const href = (cols: string[]) => `/?${withTableQuery(query, { cols: cols.length === allOutlets.length && cols.every((c, i) => c === allOutlets[i]!.slug) ? null : cols })}`;
  const move = (index: number, by: number) => {
    const cols = [...visible];
    const [item] = cols.splice(index, 1);
    cols.splice(index + by, 0, item!);
    return href(cols);
  };
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('table.columns.summary', { visible: visible.length, total: allOutlets.length })}</summary>
      <ol className="mt-2 space-y-1">
        {outlets.map((outlet, index) => (
          <li key={outlet.slug} className="flex items-center gap-2">
            <span lang={outlet.language} className="w-32">{outlet.name}</span>
            {index > 0 && <Link href={move(index, -1)} className="text-blue-700 hover:underline">{t('table.columns.moveLeft')}<span className="sr-only"> {outlet.name}</span></Link>}
            {index < outlets.length - 1 && <Link href={move(index, 1)} className="text-blue-700 hover:underline">{t('table.columns.moveRight')}<span className="sr-only"> {outlet.name}</span></Link>}
            {outlets.length > 1 && <Link href={href(visible.filter((s) => s !== outlet.slug))} className="text-blue-700 hover:underline">{t('table.columns.hide')}<span className="sr-only"> {outlet.name}</span></Link>}
          </li>
        ))}
      </ol>
      {hidden.length > 0 && (
        // One form for the outlets not shown (a link each would repeat the whole column list per
        // outlet: 200 KB of a 200-outlet page); canonicalTableParams folds `addCol` into `cols`.
        <form method="get" action="/" className="mt-2 flex flex-wrap items-center gap-2">
          {[...new URLSearchParams(withTableQuery(query, { cols: visible }))].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor="cols-add" className="text-slate-600">{t('table.columns.add')}</label>
          <select id="cols-add" name={ADD_COLUMN_PARAM} className="max-w-48 rounded border border-slate-300 bg-white px-2 py-1 text-sm">
            {hidden.map((outlet) => (
              <option key={outlet.slug} value={outlet.slug} lang={outlet.language}>{outlet.name}</option>
            ))}
          </select>
          <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm font-medium text-blue-700 hover:bg-slate-50">{t('table.columns.show')}</button>
        </form>
      )}
    </details>
  );
}

export async function Pagination({ query, page, pageCount }: { query: ClaimTableQuery; page: number; pageCount: number }) {
  return <PageNav page={page} pageCount={pageCount} href={(target) => `/?${withTableQuery(query, { page: target })}`} />;
}
