// How many claims a view of the claim table matches, and per outlet how many of them read each
// stance. Every stance is cell_stance()'s: stored cells are decided with their outlet's date;
// a claim without a cell in an outlet has no facts there, and reads cell_stance(0, 0, 0, 0, date).
// A filtered view costs a pass over its claims' cells; a view that filters by status alone (the
// table as it opens) reads the trigger-maintained outlet_cell_totals instead (migration
// 20261210000000_outlet_cell_totals), plus the few claims dated after an outlet's latest article.
// Both are computed once per view and data version (view-cache.ts).
import { emptyTotals, isCellStance, type StanceTotals } from '../../claims';
import type { ClaimStatus } from '../../claims/shapes';
import type { Db } from '../../db/prisma';
import type { ClaimTableQuery } from '../../claims/table-query';
import type { OutletWithLatestDto } from '../reads/find-outlets';
import type { ReadScope } from '../types';
import { cached, readViewVersion, setCached } from './view-cache';
import { sqlKey, unfilteredViewStatuses, viewWhere, type Sql } from './view-sql';

const countKey = (where: Sql) => `count\u0000${sqlKey(where)}`;

/** How many claims `c` match `where`. */
export function countView(db: Db, where: Sql, version: bigint): Promise<number> {
  return cached(db, countKey(where), version, async () => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM claims c WHERE ${where}`;
    return Number(row?.n ?? 0);
  });
}

export type ViewTotals = { total: number; byOutlet: Map<number, StanceTotals> };

type TotalsRow = { outlet_id: number | null; stance: string | null; n: number };
type RawTotalsRow = Omit<TotalsRow, 'n'> & { n: bigint };

/** The pass: every stored cell of the view's claims, and per outlet its claims by date. */
function totalsByPass(db: Db, where: Sql, outletIds: number[]) {
  return db.$queryRaw<RawTotalsRow[]>`
      WITH v AS MATERIALIZED (SELECT c.id, c.as_of FROM claims c WHERE ${where}),
      cols AS MATERIALIZED (SELECT id, latest_published_at AS latest FROM outlets WHERE id = ANY(${outletIds}::int[])),
      stored AS (
        SELECT cc.outlet_id, coverage_predates(o.latest, v.as_of) AS dated, cc.states, cc.contradicts, cc.reviews, cc.stale
          FROM v JOIN claim_cells cc ON cc.claim_id = v.id JOIN cols o ON o.id = cc.outlet_id
      ),
      -- how many of the view's claims each outlet's date predates (or not), through their dates
      dates AS (SELECT as_of, count(*) AS n FROM v GROUP BY as_of),
      by_date AS (
        SELECT o.id AS outlet_id, coverage_predates(o.latest, d.as_of) AS dated, sum(d.n) AS n
          FROM cols o CROSS JOIN dates d GROUP BY 1, 2
      ),
      stored_by_date AS (SELECT outlet_id, dated, count(*) AS n FROM stored GROUP BY 1, 2)
      SELECT outlet_id, cell_stance(states, contradicts, reviews, stale, dated) AS stance, count(*) AS n FROM stored GROUP BY 1, 2
      UNION ALL
      SELECT b.outlet_id, cell_stance(0, 0, 0, 0, b.dated), b.n - coalesce(s.n, 0)
        FROM by_date b LEFT JOIN stored_by_date s ON s.outlet_id = b.outlet_id AND s.dated = b.dated
      UNION ALL
      SELECT NULL, NULL, count(*) FROM v`;
}

/**
 * The same figures for every claim of these statuses, from the maintained counts: each outlet
 * starts with every claim read without facts or date; its stored cells (outlet_cell_totals, by
 * the facts cell_stance reads) move from there to their facts; and each claim dated after the
 * outlet's latest article moves from its undated reading to its dated one. Rows carry signed
 * counts of cells with the facts and date given; cell_stance() decides each.
 */
function totalsFromCounts(db: Db, statuses: ClaimStatus[], outletIds: number[]) {
  return db.$queryRaw<RawTotalsRow[]>`
      WITH cols AS MATERIALIZED (SELECT id, latest_published_at AS latest FROM outlets WHERE id = ANY(${outletIds}::int[])),
      total AS MATERIALIZED (SELECT count(*) AS n FROM claims WHERE status = ANY(${statuses}::claim_status[])),
      stored AS (
        SELECT t.outlet_id, t.states, t.contradicts, t.reviews, t.stale, sum(t.n) AS n
          FROM outlet_cell_totals t
         WHERE t.status = ANY(${statuses}::claim_status[]) AND t.outlet_id = ANY(${outletIds}::int[])
         GROUP BY 1, 2, 3, 4, 5
      ),
      -- the first condition reaches claims_status_as_of_idx; coverage_predates() is the rule
      late AS (
        SELECT o.id AS outlet_id, c.id AS claim_id
          FROM cols o JOIN claims c
            ON c.status = ANY(${statuses}::claim_status[]) AND c.as_of > o.latest AND coverage_predates(o.latest, c.as_of)
      ),
      facts (outlet_id, states, contradicts, reviews, stale, dated, n) AS (
        SELECT o.id, FALSE, FALSE, FALSE, FALSE, FALSE, t.n FROM cols o CROSS JOIN total t
        UNION ALL
        SELECT s.outlet_id, f.states, f.contradicts, f.reviews, f.stale, FALSE, f.sign * s.n
          FROM stored s CROSS JOIN LATERAL (VALUES (s.states, s.contradicts, s.reviews, s.stale, 1),
                                                   (FALSE, FALSE, FALSE, FALSE, -1)) AS f(states, contradicts, reviews, stale, sign)
        UNION ALL
        SELECT l.outlet_id, coalesce(cc.states > 0, FALSE), coalesce(cc.contradicts > 0, FALSE),
               coalesce(cc.reviews > 0, FALSE), coalesce(cc.stale > 0, FALSE), d.dated, d.sign
          -- by key, however many claims the planner expects to be late (LIMIT keeps it a lookup)
          FROM late l LEFT JOIN LATERAL (SELECT * FROM claim_cells cc WHERE cc.claim_id = l.claim_id AND cc.outlet_id = l.outlet_id LIMIT 1) cc ON TRUE
         CROSS JOIN (VALUES (FALSE, -1), (TRUE, 1)) AS d(dated, sign)
      )
      SELECT outlet_id, cell_stance(states::int, contradicts::int, reviews::int, stale::int, dated) AS stance, sum(n)::bigint AS n
        FROM facts GROUP BY 1, 2
      UNION ALL
      SELECT NULL, NULL, n FROM total`;
}

/**
 * Totals over the claims matching `where`, for these outlets. `scope`: the reader's, whose
 * unfiltered view (status alone) reads the maintained counts.
 */
export async function findViewTotals(db: Db, where: Sql, outletIds: number[], version: bigint, scope: ReadScope): Promise<ViewTotals> {
  const key = `totals\u0000${sqlKey(where)}\u0000${outletIds.join(',')}`;
  const rows = await cached<TotalsRow[]>(db, key, version, async () => {
    const statuses = unfilteredViewStatuses(where, scope);
    const raw = await (statuses ? totalsFromCounts(db, statuses, outletIds) : totalsByPass(db, where, outletIds));
    return raw.map((r) => ({ ...r, n: Number(r.n) }));
  });
  let total = 0;
  const byOutlet = new Map(outletIds.map((id) => [id, emptyTotals()]));
  for (const row of rows) {
    if (row.outlet_id === null) {
      total = row.n;
      continue;
    }
    const totals = byOutlet.get(row.outlet_id);
    if (!totals) continue;
    if (!isCellStance(row.stance)) throw new Error(`cell_stance() gave a stance the domain does not know: ${row.stance}`);
    totals[row.stance] += row.n;
  }
  setCached(db, countKey(where), version, total);
  return { total, byOutlet };
}

/**
 * The count and per-outlet totals of a view (its filters; columns, sort and page do not matter)
 * for these outlets, without loading a page: the outlet record's figures.
 */
export async function findClaimTableTotals(
  db: Db,
  query: ClaimTableQuery,
  scope: ReadScope,
  outlets: OutletWithLatestDto[],
): Promise<{ total: number; totals: Record<string, StanceTotals> }> {
  const version = await readViewVersion(db);
  const where = viewWhere(query, scope, { bySlug: new Map(outlets.map((o) => [o.slug, o])) });
  const { total, byOutlet } = await findViewTotals(db, where, outlets.map((o) => o.id), version, scope);
  return { total, totals: Object.fromEntries(outlets.map((o) => [o.slug, byOutlet.get(o.id) ?? emptyTotals()])) };
}
