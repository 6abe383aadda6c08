// How many claims a view of the claim table matches, and per outlet how many of them read each
// stance. Every stance is cell_stance()'s: stored cells are decided with their outlet's date;
// a claim without a cell in an outlet has no facts there, and reads cell_stance(0, 0, 0, 0, date).
// Both figures cost a pass over the whole view, so they are computed once per view and data
// version (view-cache.ts).
import { emptyTotals, isCellStance, type StanceTotals } from '../../claims';
import type { Db } from '../../db/prisma';
import type { ClaimTableQuery } from '../../claims/table-query';
import type { OutletWithLatestDto } from '../reads/find-outlets';
import type { ReadScope } from '../types';
import { cached, readViewVersion, setCached } from './view-cache';
import { sqlKey, viewWhere, type Sql } from './view-sql';

const countKey = (where: Sql) => `count\u0000${sqlKey(where)}`;

/** How many claims `c` match `where`. */
export function countView(db: Db, where: Sql, version: bigint): Promise<number> {
  return cached(db, countKey(where), version, async () => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM claims c WHERE ${where}`;
    return Number(row?.n ?? 0);
  });
}

export type ViewTotals = { total: number; byOutlet: Map<number, StanceTotals> };

/** Totals over the claims matching `where`, for these outlets. */
export async function findViewTotals(db: Db, where: Sql, outletIds: number[], version: bigint): Promise<ViewTotals> {
  const key = `totals\u0000${sqlKey(where)}\u0000${outletIds.join(',')}`;
  type Row = { outlet_id: number | null; stance: string | null; n: number };
  const rows = await cached<Row[]>(db, key, version, async () => {
    const raw = await db.$queryRaw<(Omit<Row, 'n'> & { n: bigint })[]>`
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
  const { total, byOutlet } = await findViewTotals(db, where, outlets.map((o) => o.id), version);
  return { total, totals: Object.fromEntries(outlets.map((o) => [o.slug, byOutlet.get(o.id) ?? emptyTotals()])) };
}
