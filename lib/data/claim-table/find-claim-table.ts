// Public read: one page of the claim table for a view (filters, sort, columns, page), with the
// total and per-outlet stance counts over every claim the view matches. The grid (app/page.tsx),
// the API list, the exports and the outlet record all read the table through this module.
// Filtering and sorting run in PostgreSQL over the trigger-maintained claim_cells and claim
// counters, with stances from cell_stance() (view-sql.ts); the view's count and totals are
// computed once per view and data version (find-view-totals.ts); a page that follows one
// already shown starts after that page's last sort key instead of counting off an offset.
import { emptyTotals, type StanceTotals } from '../../claims';
import type { ClaimTableQuery } from '../../claims/table-query';
import type { Db } from '../../db/prisma';
import { findOutletsWithLatest, type OutletWithLatestDto } from '../reads/find-outlets';
import type { ClaimDto, OutletDto, ReadScope } from '../types';
import { countView, findViewTotals } from './find-view-totals';
import { loadClaimGridRows, loadClaimRows } from './load-claim-rows';
import { cached, getCached, readViewVersion, setCached } from './view-cache';
import { sqlKey, viewNeedsOutlets, viewPageSql, viewWhere, type PageKey, type ViewPage } from './view-sql';

export type ClaimTableDto = {
  /** all outlets, for choosing columns */
  allOutlets: OutletDto[];
  /** the visible columns, in order */
  outlets: OutletDto[];
  /** true when no columns were chosen and only the biggest outlets are shown */
  columnsCapped: boolean;
  claims: ClaimDto[];
  total: number;
  page: number;
  pageCount: number;
  /** per outlet slug: how many matching claims it states, contradicts, … */
  totals: Record<string, StanceTotals>;
};

export type ClaimTableOptions = {
  /** 'full': every quote and review of each cell (API, exports); 'table': the cell stance, the
   * counts and the first quote's words (`firstQuote`; `evidence` empty), which is all the grid shows */
  detail?: 'full' | 'table';
  /** compute the per-outlet totals (a pass over the whole view, cached per view) */
  totals?: boolean;
  /** with no columns chosen, show at most this many: the outlets with the most articles */
  maxDefaultColumns?: number;
};

const withoutLatest = (outlets: OutletWithLatestDto[]): OutletDto[] => outlets.map(({ latestPublishedAt: _latest, ...outlet }) => outlet);

/** The outlets a view shows, in order: its chosen columns (all when none of them exists), or
 * with a cap and no choice, the outlets that publish most. */
export function chooseColumns(allOutlets: OutletDto[], cols: string[] | null, cap?: number): { outlets: OutletDto[]; capped: boolean } {
  const bySlug = new Map(allOutlets.map((o) => [o.slug, o]));
  const chosen = cols ? cols.map((s) => bySlug.get(s)).filter((o): o is OutletDto => Boolean(o)) : allOutlets;
  if (chosen.length && cols) return { outlets: chosen, capped: false };
  if (cols || cap === undefined || allOutlets.length <= cap) return { outlets: allOutlets, capped: false };
  // A grid of a hundred columns helps nobody: start with the outlets that publish most.
  const top = new Set([...allOutlets].sort((a, b) => b.articleCount - a.articleCount || a.id - b.id).slice(0, cap).map((o) => o.id));
  return { outlets: allOutlets.filter((o) => top.has(o.id)), capped: true };
}

const pageKeyOf = (whereKey: string, query: ClaimTableQuery, page: number) => `page\u0000${whereKey}\u0000${query.sort}\u0000${query.pageSize}\u0000${page}`;

/** Every outlet, with and without its latest publication time: read once per data version (the
 * version counts writes to outlets and articles, which keep both on the outlet row). The lists
 * are shared by every reader of that version; nobody may change them. */
type TableOutlets = { withLatest: readonly OutletWithLatestDto[]; all: readonly OutletDto[] };
function outletsAt(db: Db, version: bigint): Promise<TableOutlets> {
  return cached(db, 'outlets', version, async () => {
    const withLatest = await findOutletsWithLatest(db);
    return { withLatest, all: withoutLatest(withLatest) };
  });
}

export async function findClaimTable(
  db: Db,
  query: ClaimTableQuery,
  scope: ReadScope = {},
  options: ClaimTableOptions = {},
): Promise<ClaimTableDto> {
  const offset = (query.page - 1) * query.pageSize;
  const detail = options.detail ?? 'full';

  // The first page of a view of every outlet without a stance filter needs neither the outlets
  // nor the data version to start: its statement starts at once and reads the version itself,
  // and the outlets are those of that version (most visits: from the cache, no second query).
  const early =
    detail === 'table' && query.page === 1 && !viewNeedsOutlets(query) && !query.cols && options.maxDefaultColumns === undefined
      ? loadClaimGridRows(db, { where: viewWhere(query, scope, null), sort: query.sort, limit: query.pageSize, offset: 0 }, {
          allOutlets: async (version) => (await outletsAt(db, version ?? (await readViewVersion(db)))).all,
        })
      : null;
  const earlyRows = early ? await early : null;
  const version = earlyRows?.version ?? (await readViewVersion(db));
  const outletList = await outletsAt(db, version);
  const allOutlets = outletList.all as OutletDto[];
  const { outlets: visible, capped: columnsCapped } = chooseColumns(allOutlets, query.cols, options.maxDefaultColumns);
  const where = viewWhere(query, scope, { bySlug: new Map(outletList.withLatest.map((o) => [o.slug, o])) });
  const whereKey = sqlKey(where);

  // Sequential paging: the page before this one, shown at this version, says where this one starts.
  const previousEnd = query.page > 1 ? getCached<PageKey>(db, pageKeyOf(whereKey, query, query.page - 1), version) : undefined;
  const page: ViewPage = previousEnd
    ? { where, sort: query.sort, limit: query.pageSize, after: previousEnd }
    : { where, sort: query.sort, limit: query.pageSize, offset };
  const allColumns = visible.length === allOutlets.length;

  const loadRows = async (): Promise<ClaimDto[]> => {
    if (earlyRows) return earlyRows.claims;
    if (detail === 'table') {
      const rows = await loadClaimGridRows(db, page, allColumns ? { allOutlets: async () => allOutlets } : { outlets: visible });
      if (rows.lastKey && rows.claims.length === query.pageSize) setCached(db, pageKeyOf(whereKey, query, query.page), version, rows.lastKey);
      return rows.claims;
    }
    const ids = await db.$queryRaw<{ id: number; key: PageKey }[]>`${viewPageSql(page)}`;
    const last = ids.at(-1);
    if (last && ids.length === query.pageSize) setCached(db, pageKeyOf(whereKey, query, query.page), version, last.key);
    return loadClaimRows(db, ids.map((r) => r.id), visible);
  };

  const [claims, counted] = await Promise.all([
    loadRows(),
    options.totals === false
      ? countView(db, where, version).then((total) => ({ total, byOutlet: null }))
      : findViewTotals(db, where, visible.map((o) => o.id), version, scope),
  ]);

  const totals: Record<string, StanceTotals> = {};
  // (all zero when not asked for: one shared, frozen zero)
  const none = Object.freeze(emptyTotals());
  for (const outlet of visible) totals[outlet.slug] = counted.byOutlet?.get(outlet.id) ?? none;
  return {
    allOutlets,
    outlets: visible,
    columnsCapped,
    claims,
    total: counted.total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(counted.total / query.pageSize)),
    totals,
  };
}
