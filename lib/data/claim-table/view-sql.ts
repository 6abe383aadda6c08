// The claim table's view in SQL: which claims a view (filters, scope) matches, in which order,
// and one page of them, by offset or after a key. Stances come from the database's
// cell_stance() (migration 20261206030000_cell_stance), the one definition of the rule; this
// file only asks it questions. Private to lib/data/claim-table.
import type { Prisma as PrismaTypes } from '../../generated/prisma/client';
import { Prisma } from '../../generated/prisma/client';
import type { CellStance } from '../../claims';
import { CLAIM_STATUSES, type ClaimStatus } from '../../claims/shapes';
import { DEFAULT_TABLE_QUERY, type ClaimTableQuery, type TableSort } from '../../claims/table-query';
import { foldForSearch } from '../../text/fold-for-search';
import { likePattern } from '../reads/search-claims';
import { scopeStatus } from '../reads/read-scope';
import type { ReadScope } from '../types';

export type Sql = PrismaTypes.Sql;

/** An outlet as the view's conditions need it: its id and latest publication. */
export type ViewOutlet = { id: number; latestPublishedAt: Date | null };

/**
 * The stances a cell can read without stored facts: cell_stance() gives a claim x outlet without
 * a claim_cells row only these, and a cell's date can turn its stance into 'predates' and into
 * nothing else (tests/integration/claim-cells.test.ts proves both over cell_stance's inputs).
 * Every other stance is read only by a stored cell whose stance column (cell_stance without the
 * date, a CHECK) already says it, so an outlet's cells of that stance come from the index
 * claim_cells (outlet_id, stance, claim_id) instead of from the claims x outlets view.
 */
export const READ_WITHOUT_FACTS: readonly CellStance[] = ['predates', 'unchecked'];

/** Claim `c`'s cell in this outlet reads `stance`. */
function outletReads(outlet: ViewOutlet, stance: CellStance): Sql {
  if (READ_WITHOUT_FACTS.includes(stance)) {
    return Prisma.sql`c.id IN (SELECT s.claim_id FROM claim_outlet_stances s WHERE s.outlet_id = ${outlet.id} AND s.stance = ${stance})`;
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM claim_cells cc
     WHERE cc.claim_id = c.id AND cc.outlet_id = ${outlet.id} AND cc.stance = ${stance}
       AND cell_stance(cc.states, cc.contradicts, cc.reviews, cc.stale,
             coverage_predates((SELECT o.latest_published_at FROM outlets o WHERE o.id = ${outlet.id}), c.as_of)) = ${stance})`;
}

/**
 * How many outlets' cells of claim `c` read 'omits'. The date changes a cell only when the
 * claim has one (coverage_predates is false otherwise, and the stored stance is the stance
 * without the date), so undated claims read their counter.
 */
export const EFFECTIVE_OMITS = Prisma.sql`(CASE WHEN c.as_of IS NULL THEN c.omits_outlets ELSE
  (SELECT count(*) FROM claim_cells cc JOIN outlets o ON o.id = cc.outlet_id
    WHERE cc.claim_id = c.id AND cell_stance(cc.states, cc.contradicts, cc.reviews, cc.stale, coverage_predates(o.latest_published_at, c.as_of)) = 'omits')::int END)`;

// Outlets stating (or contradicting) claim `c`: mixed cells do both. Stored evidence stances are
// counted on the claim row by the claim_cells triggers.
const STATING = Prisma.sql`(c.states_outlets + c.mixed_outlets)`;
const CONTRADICTING = Prisma.sql`(c.contradicts_outlets + c.mixed_outlets)`;
const COVERAGE = Prisma.sql`(c.states_outlets + c.contradicts_outlets + c.mixed_outlets)`;
// The same expressions as the indexes claims_contested_idx and claims_coverage_idx.
const CONTESTED = Prisma.sql`LEAST(c.states_outlets + c.mixed_outlets, c.contradicts_outlets + c.mixed_outlets)`;

/** Claim `c` reads `stance` in some outlet (for 'states' and 'contradicts': or 'mixed'). */
function anyOutletStance(stance: CellStance): Sql {
  switch (stance) {
    case 'states':
      return Prisma.sql`${STATING} > 0`;
    case 'contradicts':
      return Prisma.sql`${CONTRADICTING} > 0`;
    case 'mixed':
      return Prisma.sql`c.mixed_outlets > 0`;
    case 'omits':
      return Prisma.sql`${EFFECTIVE_OMITS} > 0`;
    default:
      // Stances that depend on the date (or on the absence of facts): ask the view.
      return Prisma.sql`EXISTS (SELECT 1 FROM claim_outlet_stances s WHERE s.claim_id = c.id AND s.stance = ${stance})`;
  }
}

/** A sort: its ORDER BY, and the key (all descending) a page can start after. */
type SortSpec = { keys: { expr: Sql; type: Sql }[] };

const INT = Prisma.sql`int`;
const SORTS: Record<TableSort, SortSpec> = {
  newest: { keys: [{ expr: Prisma.sql`c.created_at`, type: Prisma.sql`timestamptz` }] },
  contested: { keys: [{ expr: CONTESTED, type: INT }, { expr: COVERAGE, type: INT }] },
  coverage: { keys: [{ expr: COVERAGE, type: INT }] },
  omitted: { keys: [{ expr: EFFECTIVE_OMITS, type: INT }] },
};
const sortKeys = (sort: TableSort) => [...SORTS[sort].keys, { expr: Prisma.sql`c.id`, type: INT }];

export function orderBy(sort: TableSort): Sql {
  return Prisma.join(
    sortKeys(sort).map((k) => Prisma.sql`${k.expr} DESC`),
    ', ',
  );
}

/** Where a page ends in its view's order: the sort key of its last claim, as text. */
export type PageKey = string[];

/**
 * The conditions of a view on claims `c`. `outlets` (with the outlets' latest publication) is
 * needed only for a stance filter; a stance in an unknown outlet matches nothing.
 */
export function viewWhere(query: ClaimTableQuery, scope: ReadScope, outlets: { bySlug: Map<string, ViewOutlet> } | null): Sql {
  const conditions: Sql[] = [];
  const status = scopeStatus(scope);
  if (status) conditions.push(Prisma.sql`c.status = ${status}::claim_status`);
  const folded = foldForSearch(query.q);
  if (folded) conditions.push(Prisma.sql`c.search_text LIKE ${likePattern(folded)}`);
  if (query.topic) conditions.push(Prisma.sql`c.topics @> ARRAY[${query.topic}]::text[]`);
  if (query.kind) conditions.push(Prisma.sql`c.kind = ${query.kind}::claim_kind`);
  // Stated somewhere and contradicted somewhere, as the contested order's first key says.
  if (query.contested) conditions.push(Prisma.sql`${CONTESTED} > 0`);
  if (query.stance) {
    if (!outlets) throw new Error('a stance filter needs the outlets');
    const outlet = query.outlet ? outlets.bySlug.get(query.outlet) : undefined;
    if (query.outlet && !outlet) conditions.push(Prisma.sql`FALSE`);
    else if (outlet) conditions.push(outletReads(outlet, query.stance));
    else conditions.push(anyOutletStance(query.stance));
  }
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/**
 * The statuses a view keeps when they are all it filters by (its conditions are those of the
 * default view for this reader), else null: such a view's totals are the maintained
 * outlet_cell_totals'.
 */
export function unfilteredViewStatuses(where: Sql, scope: ReadScope): ClaimStatus[] | null {
  if (sqlKey(where) !== sqlKey(viewWhere(DEFAULT_TABLE_QUERY, scope, null))) return null;
  const status = scopeStatus(scope);
  return status ? [status] : [...CLAIM_STATUSES];
}

/** A stance filter decides by the outlets; any other view does not need them. */
export const viewNeedsOutlets = (query: ClaimTableQuery) => Boolean(query.stance);

/** A stable text for a view's conditions, to key caches by. */
export function sqlKey(sql: Sql): string {
  return `${sql.sql}\u0000${JSON.stringify(sql.values)}`;
}

/** One page of a view: offset paging, or the claims after a page key. */
export type ViewPage = { where: Sql; sort: TableSort; limit: number } & ({ offset: number } | { after: PageKey });

/** The page's claim ids with their place in it (`ord`) and sort key (`key`, as text). */
export function viewPageSql(page: ViewPage): Sql {
  const keys = sortKeys(page.sort);
  const keyText = Prisma.sql`ARRAY[${Prisma.join(
    keys.map((k) => Prisma.sql`(${k.expr})::text`),
    ', ',
  )}]`;
  const after =
    'after' in page
      ? Prisma.sql`AND (${Prisma.join(
          keys.map((k) => k.expr),
          ', ',
        )}) < (${Prisma.join(
          keys.map((k, i) => Prisma.sql`${page.after[i]}::${k.type}`),
          ', ',
        )})`
      : Prisma.empty;
  const offset = 'offset' in page ? Prisma.sql`OFFSET ${page.offset}` : Prisma.empty;
  return Prisma.sql`SELECT c.id, row_number() OVER (ORDER BY ${orderBy(page.sort)}) AS ord, ${keyText} AS key FROM claims c WHERE (${page.where}) ${after} ORDER BY ${orderBy(page.sort)} LIMIT ${page.limit} ${offset}`;
}
