// The claims x outlets grid readers open first. Each cell links to the outlet's evidence on
// the claim page; hovering or focusing it shows the quote; arrow keys move between cells.
// A summary row counts each outlet's stances over the whole view. Below the md breakpoint
// the same data renders as one card per claim.
import Link from 'next/link';
import { formatClaimValue, type StanceTotals } from '@/lib/claims';
import { withTableQuery, type ClaimTableQuery } from '@/lib/claims/table-query';
import type { CellDto, ClaimDto, OutletDto } from '@/lib/data/types';
import { GridKeyboardClient } from './grid-keyboard-client';
import { StanceBadge } from './stance-badge';
import { StanceIcon } from './stance-icon';
import { textLang } from './text-lang';

function CellQuote({ cell, id, lang }: { cell: CellDto; id: string; lang: string }) {
  const first = cell.evidence[0];
  return (
    <span
      id={id}
      role="tooltip"
      className="pointer-events-none invisible absolute left-1/2 top-full z-20 mt-1 w-64 -translate-x-1/2 rounded-md border border-slate-200 bg-white p-3 text-left text-sm font-normal text-slate-800 shadow-lg group-hover:visible group-focus-within:visible"
    >
      {first ? (
        <>
          <q lang={lang} className="block">{first.exact}</q>
          {first.statedValue && <span className="mt-1 block text-xs text-slate-500">Stated value: {first.statedValue}</span>}
          {cell.evidence.length > 1 && (
            <span className="mt-1 block text-xs text-slate-500">+{cell.evidence.length - 1} more quote(s)</span>
          )}
        </>
      ) : cell.stance === 'omits' ? (
        <span>Checked: the article does not mention this claim.</span>
      ) : cell.stance === 'predates' ? (
        <span>Published before the claim's date.</span>
      ) : (
        <span>No one has checked this outlet yet.</span>
      )}
    </span>
  );
}

function TableCell({ claim, outlet, row, col }: { claim: ClaimDto; outlet: OutletDto; row: number; col: number }) {
  const cell = claim.cells[outlet.slug]!;
  const tooltipId = `q-${claim.id}-${outlet.slug}`;
  return (
    <td
      className="border-b border-slate-200 px-2 py-2 text-center align-middle"
      data-outlet={outlet.slug}
      data-stance={cell.stance}
      data-row={row}
      data-col={col}
    >
      <span className="group relative inline-block">
        <Link
          href={`/claims/${claim.id}#outlet-${outlet.slug}`}
          aria-describedby={tooltipId}
          aria-label={`${outlet.name}: ${cell.stance}`}
          className="inline-block rounded"
        >
          <StanceBadge stance={cell.stance} size="sm" />
        </Link>
        <CellQuote cell={cell} id={tooltipId} lang={outlet.language} />
      </span>
    </td>
  );
}

function ClaimText({ claim }: { claim: ClaimDto }) {
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
          {claim.asOf && <span>as of {claim.asOf}</span>}
          {claim.status === 'draft' && <span className="rounded bg-amber-100 px-1 text-amber-800">draft</span>}
        </span>
      )}
    </>
  );
}

function SummaryCell({ totals }: { totals: StanceTotals }) {
  const items = [
    ['states', totals.states + totals.mixed, 'state'],
    ['contradicts', totals.contradicts + totals.mixed, 'contradict'],
    ['omits', totals.omits, 'omit'],
  ] as const;
  return (
    <span className="flex justify-center gap-2 text-xs font-normal text-slate-600">
      {items.map(([stance, count, verb]) => (
        <span key={stance} className="inline-flex items-center gap-0.5" title={`${count} ${verb}`}>
          <StanceIcon stance={stance} className="h-3 w-3" />
          <span className="sr-only">{verb}:</span>
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

export function ClaimTable({ claims, outlets, totals, total }: ClaimTableProps) {
  if (claims.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">No claims match this view.</p>;
  return (
    <>
      <GridKeyboardClient className="hidden max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Claims by outlet" aria-rowcount={total + 2}>
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-slate-100 px-3 py-2 text-left font-semibold" data-last-col={outlets.length}>
                Claim
              </th>
              {outlets.map((outlet) => (
                <th key={outlet.slug} scope="col" className="border-b border-slate-200 px-2 py-2 text-center font-semibold" data-outlet={outlet.slug}>
                  <Link href={`/outlets/${outlet.slug}`} lang={outlet.language} className="hover:underline">{outlet.name}</Link>
                </th>
              ))}
            </tr>
            <tr data-summary>
              <th scope="row" className="sticky left-0 border-b border-slate-300 bg-slate-50 px-3 py-1 text-left text-xs font-medium text-slate-600">
                Across {total} claim{total === 1 ? '' : 's'}
              </th>
              {outlets.map((outlet) => (
                <td key={outlet.slug} className="border-b border-slate-300 bg-slate-50 px-2 py-1" data-outlet={outlet.slug}>
                  <SummaryCell totals={totals[outlet.slug]!} />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim, index) => (
              <tr key={claim.id} data-claim-id={claim.id} className="hover:bg-slate-50">
                <th scope="row" className="sticky left-0 max-w-md border-b border-slate-200 bg-white px-3 py-2 text-left font-normal" data-row={index} data-col={0}>
                  <ClaimText claim={claim} />
                </th>
                {outlets.map((outlet, col) => (
                  <TableCell key={outlet.slug} claim={claim} outlet={outlet} row={index} col={col + 1} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </GridKeyboardClient>

      <ul className="space-y-3 md:hidden" aria-label="Claims">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded-lg border border-slate-200 bg-white p-3" data-claim-id={claim.id}>
            <ClaimText claim={claim} />
            <ul className="mt-2 space-y-1">
              {outlets.map((outlet) => {
                const cell = claim.cells[outlet.slug]!;
                return (
                  <li key={outlet.slug} className="flex items-start justify-between gap-2 text-sm" data-outlet={outlet.slug} data-stance={cell.stance}>
                    <Link href={`/claims/${claim.id}#outlet-${outlet.slug}`} lang={outlet.language} className="text-slate-700 hover:underline">
                      {outlet.name}
                    </Link>
                    <StanceBadge stance={cell.stance} size="sm" />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Show, hide and reorder outlet columns; plain links, so it works without JavaScript. */
export function ColumnChooser({ query, outlets, allOutlets }: { query: ClaimTableQuery; outlets: OutletDto[]; allOutlets: OutletDto[] }) {
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
      <summary className="cursor-pointer font-medium">Columns ({visible.length} of {allOutlets.length})</summary>
      <ol className="mt-2 space-y-1">
        {outlets.map((outlet, index) => (
          <li key={outlet.slug} className="flex items-center gap-2">
            <span lang={outlet.language} className="w-32">{outlet.name}</span>
            {index > 0 && <Link href={move(index, -1)} className="text-blue-700 hover:underline">Move left<span className="sr-only"> {outlet.name}</span></Link>}
            {index < outlets.length - 1 && <Link href={move(index, 1)} className="text-blue-700 hover:underline">Move right<span className="sr-only"> {outlet.name}</span></Link>}
            {outlets.length > 1 && <Link href={href(visible.filter((s) => s !== outlet.slug))} className="text-blue-700 hover:underline">Hide<span className="sr-only"> {outlet.name}</span></Link>}
          </li>
        ))}
        {hidden.map((outlet) => (
          <li key={outlet.slug} className="flex items-center gap-2 text-slate-500">
            <span lang={outlet.language} className="w-32">{outlet.name}</span>
            <Link href={href([...visible, outlet.slug])} className="text-blue-700 hover:underline">Show<span className="sr-only"> {outlet.name}</span></Link>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function Pagination({ query, page, pageCount }: { query: ClaimTableQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      {page > 1 ? <Link href={`/?${withTableQuery(query, { page: page - 1 })}`} className="text-blue-700 hover:underline">← Previous</Link> : <span />}
      <span className="text-slate-600">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link href={`/?${withTableQuery(query, { page: page + 1 })}`} className="text-blue-700 hover:underline">Next →</Link> : <span />}
    </nav>
  );
}
