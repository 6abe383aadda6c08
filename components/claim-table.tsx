// The claims x outlets grid readers open first. Each cell links to the outlet's evidence on
// the claim page; hovering or focusing it shows the quote; arrow keys move between cells.
// A summary row counts each outlet's stances over the whole view. Below the md breakpoint
// the same data renders as one card per claim.
import Link from 'next/link';
import { CELL_STANCES, formatClaimValue, type CellStance, type StanceTotals } from '@/lib/claims';
import { withTableQuery, type ClaimTableQuery } from '@/lib/claims/table-query';
import type { CellDto, ClaimDto, OutletDto } from '@/lib/data/types';
import { getT } from '@/lib/i18n/server';
import { GridKeyboardClient } from './grid-keyboard-client';
import { GridBadge, StanceSprite } from './stance-sprite';
import { StanceIcon } from './stance-icon';
import { textLang } from './text-lang';

type T = Awaited<ReturnType<typeof getT>>;

function CellQuote({ cell, id, lang, t }: { cell: CellDto; id: string; lang: string; t: T }) {
  const first = cell.evidence[0];
  const count = cell.evidenceCount ?? cell.evidence.length;
  return (
    <span id={id} role="tooltip" className="cg-tip">
      {first ? (
        <>
          <q lang={lang} className="block">{first.exact}</q>
          {first.statedValue && <small>{t('common.statedValueLabel')} {first.statedValue}</small>}
          {count > 1 && <small>{t('table.moreQuotes', { count: count - 1 })}</small>}
        </>
      ) : cell.stance === 'omits' ? (
        t('table.cellOmits')
      ) : (
        t('table.cellPredates')
      )}
    </span>
  );
}

function TableCell({ claim, outlet, row, col, t, labels }: { claim: ClaimDto; outlet: OutletDto; row: number; col: number; t: T; labels: Labels }) {
  const cell = claim.cells[outlet.slug]!;
  // Unchecked cells have nothing to show on hover: no tooltip, the smallest markup.
  const tooltipId = cell.stance === 'unchecked' ? undefined : `q-${claim.id}-${outlet.slug}`;
  return (
    <td className="cg-cell" data-outlet={outlet.slug} data-stance={cell.stance} data-row={row} data-col={col}>
      <span className="cg-wrap">
        <a href={`/claims/${claim.id}#outlet-${outlet.slug}`} aria-describedby={tooltipId} aria-label={`${outlet.name}: ${labels.words[cell.stance]}`}>
          <GridBadge stance={cell.stance} label={labels.names[cell.stance]} />
        </a>
        {tooltipId && <CellQuote cell={cell} id={tooltipId} lang={outlet.language} t={t} />}
      </span>
    </td>
  );
}

function ClaimText({ claim, t }: { claim: ClaimDto; t: T }) {
  const value = formatClaimValue(claim);
  return (
    <>
      <Link href={`/claims/${claim.id}`} lang={textLang(claim.text)} className="font-medium text-slate-900 hover:underline">
        {claim.text}
      </Link>
      {claim.gloss && <span className="mt-0.5 block text-xs text-slate-500">{claim.gloss}</span>}
      {(value || claim.asOf || claim.status === 'draft') && (
        <span className="mt-1 flex flex-wrap gap-2 text-xs text-slate-500">
          {value && <span>{value}</span>}
          {claim.asOf && <span>{t('table.asOf', { date: claim.asOf })}</span>}
          {claim.status === 'draft' && <span className="rounded bg-amber-100 px-1 text-amber-800">{t('common.draftTag')}</span>}
        </span>
      )}
    </>
  );
}

function SummaryCell({ totals, t }: { totals: StanceTotals; t: T }) {
  const items = [
    ['states', totals.states + totals.mixed],
    ['contradicts', totals.contradicts + totals.mixed],
    ['omits', totals.omits],
  ] as const;
  return (
    <span className="flex justify-center gap-2 text-xs font-normal text-slate-600">
      {items.map(([stance, count]) => (
        <span key={stance} className="inline-flex items-center gap-0.5" title={t(`table.summary.${stance}`, { count })}>
          <StanceIcon stance={stance} className="h-3 w-3" />
          <span className="sr-only">{t(`table.summaryLabel.${stance}`)}</span>
          {count}
        </span>
      ))}
    </span>
  );
}

export type ClaimTableProps = {
  claims: ClaimDto[];
  outlets: OutletDto[];
  totals: Record<string, StanceTotals>;
  total: number;
};

type Labels = { names: Record<CellStance, string>; words: Record<CellStance, string> };

export async function ClaimTable({ claims, outlets, totals, total }: ClaimTableProps) {
  const t = await getT();
  // Translated once per page, not once per cell.
  const labels: Labels = {
    names: Object.fromEntries(CELL_STANCES.map((s) => [s, t(`stance.${s}`)])) as Labels['names'],
    words: Object.fromEntries(CELL_STANCES.map((s) => [s, t(`stanceWord.${s}`)])) as Labels['words'],
  };
  if (claims.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{t('table.empty')}</p>;
  return (
    <>
      <StanceSprite />
      <GridKeyboardClient className="hidden max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full border-separate border-spacing-0 text-sm" aria-label={t('table.ariaLabel')} aria-rowcount={total + 2}>
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-slate-100 px-3 py-2 text-left font-semibold" data-last-col={outlets.length}>
                {t('table.claimColumn')}
              </th>
              {outlets.map((outlet) => (
                <th key={outlet.slug} scope="col" className="border-b border-slate-200 px-2 py-2 text-center font-semibold" data-outlet={outlet.slug}>
                  <Link href={`/outlets/${outlet.slug}`} lang={outlet.language} className="hover:underline">{outlet.name}</Link>
                </th>
              ))}
            </tr>
            <tr data-summary>
              <th scope="row" className="sticky left-0 border-b border-slate-300 bg-slate-50 px-3 py-1 text-left text-xs font-medium text-slate-600">
                {t('table.across', { count: total })}
              </th>
              {outlets.map((outlet) => (
                <td key={outlet.slug} className="border-b border-slate-300 bg-slate-50 px-2 py-1" data-outlet={outlet.slug}>
                  <SummaryCell totals={totals[outlet.slug]!} t={t} />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim, index) => (
              <tr key={claim.id} data-claim-id={claim.id} className="hover:bg-slate-50">
                <th scope="row" className="sticky left-0 max-w-md border-b border-slate-200 bg-white px-3 py-2 text-left font-normal" data-row={index} data-col={0}>
                  <ClaimText claim={claim} t={t} />
                </th>
                {outlets.map((outlet, col) => (
                  <TableCell key={outlet.slug} claim={claim} outlet={outlet} row={index} col={col + 1} t={t} labels={labels} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </GridKeyboardClient>

      <ul className="space-y-3 md:hidden" aria-label={t('table.cardsLabel')}>
        {claims.map((claim) => (
          <li key={claim.id} className="rounded-lg border border-slate-200 bg-white p-3" data-claim-id={claim.id}>
            <ClaimText claim={claim} t={t} />
            <ul className="mt-2 space-y-1">
              {outlets
                .filter((outlet) => claim.cells[outlet.slug]!.stance !== 'unchecked')
                .map((outlet) => {
                  const cell = claim.cells[outlet.slug]!;
                  return (
                    <li key={outlet.slug} className="flex items-start justify-between gap-2 text-sm" data-outlet={outlet.slug} data-stance={cell.stance}>
                      <Link href={`/claims/${claim.id}#outlet-${outlet.slug}`} lang={outlet.language} className="text-slate-700 hover:underline">
                        {outlet.name}
                      </Link>
                      <GridBadge stance={cell.stance} label={labels.names[cell.stance]} />
                    </li>
                  );
                })}
            </ul>
            {(() => {
              const unchecked = outlets.filter((outlet) => claim.cells[outlet.slug]!.stance === 'unchecked').length;
              return unchecked > 0 ? <p className="mt-1 text-xs text-slate-500" data-unchecked-count={unchecked}>{t('table.uncheckedCount', { count: unchecked })}</p> : null;
            })()}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Show, hide and reorder outlet columns; plain links, so it works without JavaScript. */
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
        {hidden.map((outlet) => (
          <li key={outlet.slug} className="flex items-center gap-2 text-slate-500">
            <span lang={outlet.language} className="w-32">{outlet.name}</span>
            <Link href={href([...visible, outlet.slug])} className="text-blue-700 hover:underline">{t('table.columns.show')}<span className="sr-only"> {outlet.name}</span></Link>
          </li>
        ))}
      </ol>
    </details>
  );
}

export async function Pagination({ query, page, pageCount }: { query: ClaimTableQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getT();
  return (
    <nav aria-label={t('table.pages.label')} className="flex items-center justify-between text-sm">
      {page > 1 ? <Link href={`/?${withTableQuery(query, { page: page - 1 })}`} className="text-blue-700 hover:underline">{t('table.pages.previous')}</Link> : <span />}
      <span className="text-slate-600">{t('table.pages.pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? <Link href={`/?${withTableQuery(query, { page: page + 1 })}`} className="text-blue-700 hover:underline">{t('table.pages.next')}</Link> : <span />}
    </nav>
  );
}
