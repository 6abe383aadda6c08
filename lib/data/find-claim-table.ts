// Public read: one page of the claim table for a view (filters, sort, columns, page), with
// the total and per-outlet stance counts over every claim the view matches. Filtering and
// sorting run in PostgreSQL over the trigger-maintained claim_cells and claim counters; only
// the page's claims are loaded in full.
import type { Prisma as PrismaTypes } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { emptyTotals, type StanceTotals } from '../claims';
import type { ClaimTableQuery } from '../claims/table-query';
import type { Db } from '../db/prisma';
import { foldForSearch } from '../text/fold-for-search';
import { findOutletsWithLatest } from './find-outlets';
import { likePattern } from './search-claims';
import {
  assembleClaimTableRows,
  claimViewPageSql,
  EFFECTIVE_OMITS,
  fetchClaimTableRows,
  LATEST_PUB_CTE,
  loadClaimRows,
  type ClaimTableRowData,
} from './find-claims';
import type { ClaimDto, OutletDto, ReadScope } from './types';

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

type Sql = PrismaTypes.Sql;


// Stance conditions on a claim row `c` for one outlet, given that outlet's latest publication.
function outletStanceCondition(stance: ClaimTableQuery['stance'], outletId: number, latest: Date | null): Sql {
  const cell = (stances: string[]) =>
    Prisma.sql`EXISTS (SELECT 1 FROM claim_cells cc WHERE cc.claim_id = c.id AND cc.outlet_id = ${outletId} AND cc.stance IN (${Prisma.join(stances)}))`;
  const predates = latest ? Prisma.sql`(c.as_of IS NOT NULL AND ${latest}::timestamptz < c.as_of)` : Prisma.sql`FALSE`;
  switch (stance) {
    case 'states':
    case 'contradicts':
    case 'mixed':
      return cell([stance]);
    case 'omits':
      return Prisma.sql`(${cell(['omits'])} AND NOT ${predates})`;
    case 'predates':
      return Prisma.sql`(NOT ${cell(['states', 'contradicts', 'mixed'])} AND ${predates})`;
    case 'unchecked':
      return Prisma.sql`(NOT ${cell(['states', 'contradicts', 'mixed', 'omits'])} AND NOT ${predates})`;
    default:
      return Prisma.sql`TRUE`;
  }
}

// Each outlet's latest publication (kept on the outlet row), as the queries below name it.
const LATEST_PUB = Prisma.sql`WITH ${LATEST_PUB_CTE}`;

function anyOutletStanceCondition(stance: ClaimTableQuery['stance'], outletCount: number): Sql {
  switch (stance) {
    case 'states':
      return Prisma.sql`(c.states_outlets + c.mixed_outlets) > 0`;
    case 'contradicts':
      return Prisma.sql`(c.contradicts_outlets + c.mixed_outlets) > 0`;
    case 'mixed':
      return Prisma.sql`c.mixed_outlets > 0`;
    case 'omits':
      return Prisma.sql`${EFFECTIVE_OMITS} > 0`;
    case 'unchecked':
      return Prisma.sql`(c.states_outlets + c.contradicts_outlets + c.mixed_outlets + c.omits_outlets) < ${outletCount}`;
    case 'predates':
      return Prisma.sql`c.as_of IS NOT NULL`;
    default:
      return Prisma.sql`TRUE`;
  }
}

const ORDER: Record<ClaimTableQuery['sort'], Sql> = {
  newest: Prisma.sql`c.created_at DESC, c.id DESC`,
  contested: Prisma.sql`LEAST(c.states_outlets + c.mixed_outlets, c.contradicts_outlets + c.mixed_outlets) DESC,
    (c.states_outlets + c.contradicts_outlets + c.mixed_outlets) DESC, c.id DESC`,
  coverage: Prisma.sql`(c.states_outlets + c.contradicts_outlets + c.mixed_outlets) DESC, c.id DESC`,
  omitted: Prisma.sql`${EFFECTIVE_OMITS} DESC, c.id DESC`,
};

export type ClaimTableOptions = {
  /** 'full': every quote and review of each cell (API, exports); 'table': the cell stance,
   * the first quote and the counts, which is all the grid shows */
  detail?: 'full' | 'table';
  /** compute the per-outlet totals (a second query over the whole view) */
  totals?: boolean;
  /** with no columns chosen, show at most this many: the outlets with the most articles */
  maxDefaultColumns?: number;
};

export async function findClaimTable(
  db: Db,
  query: ClaimTableQuery,
  scope: ReadScope = {},
  options: ClaimTableOptions = {},
): Promise<ClaimTableDto> {
  // The outlets (with their latest article) are needed in any case; the page starts at the
  // same time when it does not depend on them (see `early` below).
  const outletsPromise = findOutletsWithLatest(db);
  const conditions: Sql[] = [];
  const status = scope.includeDrafts ? scope.status : 'published';
  if (status) conditions.push(Prisma.sql`c.status = ${status}::claim_status`);
  const folded = foldForSearch(query.q);
  if (folded) conditions.push(Prisma.sql`c.search_text LIKE ${likePattern(folded)}`);
  if (query.topic) conditions.push(Prisma.sql`${query.topic} = ANY(c.topics)`);
  if (query.kind) conditions.push(Prisma.sql`c.kind = ${query.kind}::claim_kind`);
  if (query.contested) {
    conditions.push(Prisma.sql`(c.states_outlets + c.mixed_outlets) > 0 AND (c.contradicts_outlets + c.mixed_outlets) > 0`);
  }
  const offset = (query.page - 1) * query.pageSize;
  // The page: for the grid ('table'), its rows, cells and first quotes in one statement;
  // otherwise the ids, loaded in full below.
  const loadPage = async (where: Sql, outletIds?: number[]): Promise<{ ids: number[]; total: number; rows: ClaimTableRowData | null }> => {
    const view = { where, order: ORDER[query.sort], limit: query.pageSize, offset };
    if (options.detail === 'table') {
      const rows = await fetchClaimTableRows(db, view, { outletIds });
      return { ids: rows.ids, total: rows.total, rows };
    }
    const page = await db.$queryRaw<{ id: number; total: bigint }[]>`${LATEST_PUB} ${claimViewPageSql(view)}`;
    return { ids: page.map((r) => r.id), total: page.length ? Number(page[0]!.total) : 0, rows: null };
  };
  const joinConditions = () => (conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`);
  // A view of every outlet without a stance filter needs nothing from the outlets: start on it
  // at once. Otherwise the outlets decide the conditions or the visible columns (whose cells
  // alone are loaded).
  const needsOutlets = Boolean(query.stance || query.cols || options.maxDefaultColumns !== undefined);
  const early = needsOutlets ? null : loadPage(joinConditions());
  // Awaited below; if something else fails first, its failure must not go unhandled.
  early?.catch(() => {});

  const withLatest = await outletsPromise;
  const allOutlets: OutletDto[] = withLatest.map(({ latestPublishedAt: _latest, ...outlet }) => outlet);
  const latest = new Map(withLatest.map((o) => [o.id, o.latestPublishedAt]));
  const bySlug = new Map(allOutlets.map((o) => [o.slug, o]));
  const outlets = query.cols ? query.cols.map((s) => bySlug.get(s)).filter((o): o is OutletDto => Boolean(o)) : allOutlets;
  let visible = outlets.length ? outlets : allOutlets;
  const cap = options.maxDefaultColumns;
  const columnsCapped = !query.cols && cap !== undefined && allOutlets.length > cap;
  if (columnsCapped) {
    // A grid of a hundred columns helps nobody: start with the outlets that publish most.
    const top = new Set([...allOutlets].sort((a, b) => b.articleCount - a.articleCount || a.id - b.id).slice(0, cap).map((o) => o.id));
    visible = allOutlets.filter((o) => top.has(o.id));
  }

  if (query.stance) {
    const outlet = query.outlet ? bySlug.get(query.outlet) : undefined;
    if (query.outlet && !outlet) conditions.push(Prisma.sql`FALSE`);
    else if (outlet) conditions.push(outletStanceCondition(query.stance, outlet.id, latest.get(outlet.id) ?? null));
    else conditions.push(anyOutletStanceCondition(query.stance, allOutlets.length));
  }
  const where = joinConditions();
  const visibleIds = visible.map((o) => o.id);
  const outletFilter = (column: Sql) =>
    visible.length === allOutlets.length ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${visibleIds}::int[])`;

  const [page, totalsRows] = await Promise.all([
    early ?? loadPage(where, visible.length === allOutlets.length ? undefined : visibleIds),
    // Per-outlet totals over the whole view, for the visible outlets only: stored cells split
    // by whether the outlet's coverage predates the claim, plus how many claims each outlet
    // predates. An omission in a predated outlet reads 'predates', and a predated cell without
    // evidence is 'predates' whether or not it has a stored row.
    options.totals === false
      ? Promise.resolve([])
      : db.$queryRaw<{ outlet_id: number; stance: string; predated: boolean; n: bigint }[]>`
      ${LATEST_PUB}
      SELECT cc.outlet_id, cc.stance, (c.as_of IS NOT NULL AND lp.latest < c.as_of) IS TRUE AS predated, count(*) AS n
        FROM claim_cells cc
        JOIN claims c ON c.id = cc.claim_id
        LEFT JOIN latest_pub lp ON lp.outlet_id = cc.outlet_id
       WHERE ${where} AND ${outletFilter(Prisma.sql`cc.outlet_id`)}
       GROUP BY 1, 2, 3
      UNION ALL
      SELECT lp.outlet_id, 'all-predated', TRUE, count(*)
        FROM latest_pub lp JOIN claims c ON c.as_of IS NOT NULL AND lp.latest < c.as_of
       WHERE ${where} AND ${outletFilter(Prisma.sql`lp.outlet_id`)}
       GROUP BY 1`,
  ]);

  const { ids, rows } = page;
  let total = page.total;
  if (!ids.length && offset > 0) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      ${LATEST_PUB}
      SELECT count(*) AS n FROM claims c WHERE ${where}`;
    total = Number(row?.n ?? 0);
  }

  const totals: Record<string, StanceTotals> = {};
  const idToSlug = new Map(allOutlets.map((o) => [o.id, o.slug]));
  for (const outlet of visible) totals[outlet.slug] = emptyTotals();
  for (const row of totalsRows) {
    const t = totals[idToSlug.get(row.outlet_id) ?? ''];
    if (!t) continue;
    const n = Number(row.n);
    if (row.stance === 'all-predated') t.predates += n;
    else if (row.stance === 'omits') {
      if (!row.predated) t.omits += n;
    }
    else {
      t[row.stance as 'states' | 'contradicts' | 'mixed'] += n;
      // a predated outlet with evidence shows the evidence, not 'predates'
      if (row.predated) t.predates -= n;
    }
  }
  // Every other cell is unchecked.
  for (const outlet of visible) {
    const t = totals[outlet.slug]!;
    t.unchecked = Math.max(0, total - t.states - t.contradicts - t.mixed - t.omits - t.predates);
  }

  const claims = rows ? assembleClaimTableRows(rows, visible, latest) : await loadClaimRows(db, ids, visible, latest);
  return {
    allOutlets,
    outlets: visible,
    columnsCapped,
    claims,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    totals,
  };
}
