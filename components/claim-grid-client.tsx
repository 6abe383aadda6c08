'use client';
// The claims x outlets grid and its phone cards, rendered from compact rows (see
// claim-grid-rows.ts) with every label translated on the server. Each cell links to the
// outlet's evidence on the claim page; hovering or focusing it shows the quote; arrow keys
// move between cells (GridKeyboardClient). Its links are plain anchors, not next/link: a page
// holds hundreds, and each Link is a component to hydrate that prefetches its page once in
// view, which on a phone was most of the work after the first paint.
import { useSyncExternalStore } from 'react';
import type { CellStance } from '@/lib/claims';
import type { GridCell, GridColumn, GridRow, GridTotals } from './claim-grid-rows';
import { GridKeyboardClient } from './grid-keyboard-client';
import { badgeClass, GridBadge } from './stance-sprite';

const SUMMARY_STANCES = ['states', 'contradicts', 'omits'] as const;

export type GridLabels = {
  ariaLabel: string;
  cardsLabel: string;
  claimColumn: string;
  /** "across N claims" */
  across: string;
  /** badge text per stance */
  names: Record<CellStance, string>;
  /** the stance as a word for screen readers: "BBC: omits" */
  words: Record<CellStance, string>;
  cellOmits: string;
  cellPredates: string;
  statedValue: string;
  draftTag: string;
  /** screen-reader names of the summary counts, in SUMMARY_STANCES order */
  summaryNames: [string, string, string];
  /** introduces a claim's counts over every outlet */
  allOutlets: string;
  /** "+N more quotes", per N that occurs on the page */
  more: Record<number, string>;
  /** "N outlets unchecked", per N that occurs on the page */
  unchecked: Record<number, string>;
};

export type ClaimGridProps = {
  columns: GridColumn[];
  rows: GridRow[];
  /** per column: the counts and their titles, in SUMMARY_STANCES order */
  totals: { counts: GridTotals; titles: [string, string, string] }[];
  /** matching claims over every page, for aria-rowcount */
  total: number;
  labels: GridLabels;
  /**
   * `responsive`: the grid, which a window narrower than the md breakpoint swaps for the cards
   * once the page runs (a phone's request gets them from the server instead); `cards`: the
   * cards alone, for a phone's request (lib/http/phone-request.ts). Either way the page carries
   * one of the two: sending both, for CSS to hide one, doubled the markup every request paid for.
   */
  layout?: 'responsive' | 'cards';
};

/** What a cell's popover says: its first quote, or why it has none. Unchecked cells have no popover. */
function quoteOf(cell: GridCell, lang: string, labels: GridLabels): React.ReactNode {
  const [stance, quote, statedValue, more] = cell;
  if (stance === 'unchecked') return null;
  if (quote === undefined) return stance === 'omits' ? labels.cellOmits : labels.cellPredates;
  return (
    <>
      <q lang={lang} className="block">{quote}</q>
      {statedValue ? <small>{labels.statedValue} {statedValue}</small> : null}
      {more ? <small>{labels.more[more]}</small> : null}
    </>
  );
}

function ClaimText({ row, labels }: { row: GridRow; labels: GridLabels }) {
  return (
    <>
      <a href={`/claims/${row.id}`} lang={row.lang} className="font-medium text-slate-900 hover:underline">
        {row.text}
      </a>
      {row.gloss && <span className="mt-0.5 block text-xs text-slate-500">{row.gloss}</span>}
      {(row.value || row.asOf || row.draft) && (
        <span className="mt-1 flex flex-wrap gap-2 text-xs text-slate-500">
          {row.value && <span>{row.value}</span>}
          {row.asOf && <span>{row.asOf}</span>}
          {row.draft && <span className="rounded bg-amber-100 px-1 text-amber-800">{labels.draftTag}</span>}
        </span>
      )}
      {row.counts && <Counts counts={row.counts} labels={labels} intro={labels.allOutlets} />}
    </>
  );
}

/** States / contradicts / omits counts: an icon each (the page's icon rules), named for screen readers. */
function Counts({ counts, labels, intro, titles }: { counts: GridTotals; labels: GridLabels; intro?: string; titles?: [string, string, string] }) {
  return (
    <span className={intro ? 'cg-counts mt-1' : 'cg-counts justify-center'} data-counts={counts.join(',')}>
      {intro && <span>{intro}</span>}
      {SUMMARY_STANCES.map((stance, i) => (
        <span key={stance} className={`cg-count si si-${stance}`} title={titles?.[i]}>
          <span className="sr-only">{labels.summaryNames[i]}</span>
          {counts[i]}
        </span>
      ))}
    </span>
  );
}

/** One claim's row of the table. */
function TableRow({ row, index, columns, labels }: { row: GridRow; index: number; columns: readonly GridColumn[]; labels: GridLabels }) {
  return (
    <tr data-claim-id={row.id} className="hover:bg-slate-50">
      <th scope="row" className="sticky left-0 max-w-md border-b border-slate-200 bg-white px-3 py-2 text-left font-normal" data-row={index} data-col={0}>
        <ClaimText row={row} labels={labels} />
      </th>
      {columns.map((column, col) => {
        const stance = row.cells[col]![0];
        // The link is the badge: the grid's cells are most of the page's DOM, so each is two elements.
        return (
          <td key={column.slug} className="cg-cell" data-outlet={column.slug} data-stance={stance} data-row={index} data-col={col + 1}>
            <a href={`/claims/${row.id}#outlet-${column.slug}`} className={badgeClass(stance)} aria-label={`${column.name}: ${labels.words[stance]}`}>
              {labels.names[stance]}
            </a>
          </td>
        );
      })}
    </tr>
  );
}

/** One claim's card of the phone's list: the outlets that are not unchecked, and how many are. */
function CardItem({ row, columns, labels }: { row: GridRow; columns: readonly GridColumn[]; labels: GridLabels }) {
  const unchecked = row.cells.filter((cell) => cell[0] === 'unchecked').length;
  return (
    <li className="cg-card" data-claim-id={row.id}>
      <ClaimText row={row} labels={labels} />
      <ul className="mt-2 space-y-1">
        {columns.map((column, col) => {
          const stance = row.cells[col]![0];
          if (stance === 'unchecked') return null;
          return (
            <li key={column.slug} className="cg-card-row" data-outlet={column.slug} data-stance={stance}>
              <a href={`/claims/${row.id}#outlet-${column.slug}`} lang={column.language} className="cg-card-link">
                {column.name}
              </a>
              <GridBadge stance={stance} label={labels.names[stance]} />
            </li>
          );
        })}
      </ul>
      {unchecked > 0 ? <p className="mt-1 text-xs text-slate-500" data-unchecked-count={unchecked}>{labels.unchecked[unchecked]}</p> : null}
    </li>
  );
}

/** Below Tailwind's md breakpoint, where the grid gives way to the cards. */
const NARROW = '(width < 48rem)';

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** One card per claim: a phone's request, or a window narrower than the md breakpoint. */
function ClaimCards({ columns, rows, labels }: Pick<ClaimGridProps, 'columns' | 'rows' | 'labels'>) {
  return (
    <ul className="space-y-3" aria-label={labels.cardsLabel}>
      {rows.map((row) => (
        <CardItem key={row.id} row={row} columns={columns} labels={labels} />
      ))}
    </ul>
  );
}

export function ClaimGridClient(props: ClaimGridProps) {
  // A phone's cards never watch the window: no second render after hydration.
  return props.layout === 'cards' ? <ClaimCards {...props} /> : <ResponsiveGrid {...props} />;
}

function ResponsiveGrid({ columns, rows, totals, total, labels }: ClaimGridProps) {
  // The server renders the grid (it cannot know the window); a narrow window swaps it for the cards.
  const narrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => false);
  if (narrow) return <ClaimCards columns={columns} rows={rows} labels={labels} />;
  const quote = (row: number, col: number) => {
    const cell = rows[row]?.cells[col - 1];
    return cell ? quoteOf(cell, columns[col - 1]!.language, labels) : null;
  };
  return (
    <GridKeyboardClient quote={quote} className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-separate border-spacing-0 text-sm" aria-label={labels.ariaLabel} aria-rowcount={total + 2}>
        <thead className="sticky top-0 z-10 bg-slate-100">
          <tr>
            <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-slate-100 px-3 py-2 text-left font-semibold" data-last-col={columns.length}>
              {labels.claimColumn}
            </th>
            {columns.map((column) => (
              <th key={column.slug} scope="col" className="border-b border-slate-200 px-2 py-2 text-center font-semibold" data-outlet={column.slug}>
                <a href={`/outlets/${column.slug}`} lang={column.language} className="hover:underline">{column.name}</a>
              </th>
            ))}
          </tr>
          <tr data-summary>
            <th scope="row" className="sticky left-0 border-b border-slate-300 bg-slate-50 px-3 py-1 text-left text-xs font-medium text-slate-600">
              {labels.across}
            </th>
            {columns.map((column, col) => (
              <td key={column.slug} className="border-b border-slate-300 bg-slate-50 px-2 py-1" data-outlet={column.slug}>
                <Counts counts={totals[col]!.counts} titles={totals[col]!.titles} labels={labels} />
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <TableRow key={row.id} row={row} index={index} columns={columns} labels={labels} />
          ))}
        </tbody>
      </table>
    </GridKeyboardClient>
  );
}
