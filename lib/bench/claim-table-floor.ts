// The claim table's floor: one hand-written query for the table's first page, what the data
// function (findClaimTable) is measured against, and the check that both return the same page.
import type { Db } from '../db/prisma';
import { DEFAULT_TABLE_QUERY } from '../claims/table-query';
import { findClaimTable } from '../data/claim-table';
import type { BenchContext } from './context';

/**
 * The claim table's first page (50 newest published claims, every outlet) through the app's
 * data layer. The ONE place to change when the data function changes.
 */
export async function loadClaimTablePage(db: Db) {
  // As the claim table page asks for its rows (the grid's cell detail); its per-outlet totals
  // are a separate query, timed as 'claim table totals'.
  return findClaimTable(db, { ...DEFAULT_TABLE_QUERY, page: 1 }, {}, { detail: 'table', totals: false });
}

/**
 * The floor: one hand-written query for the first page of the claim table: the 50 newest
 * published claims with the cell of every outlet that is not unchecked (states / contradicts /
 * mixed / omits from claim_cells; predates when there is no evidence and all the outlet's
 * coverage is older than the claim's as-of date; an outlet missing from `cells` is unchecked)
 * and what the grid shows of each cell's first quote (oldest article first, then offset, as the app
 * orders evidence): its words and stated value, kept on the cell (claim_cells.first_exact,
 * first_stated_value; until session 16 the floor found each cell's first quote among the
 * evidence, as the data function did). MATERIALIZED keeps PostgreSQL from re-running the
 * per-outlet max() once per cell.
 */
export const CLAIM_TABLE_FLOOR_SQL = `
WITH page AS MATERIALIZED (
  SELECT id, text, gloss, topics, kind, value, comparator, unit, as_of, status, version, created_at, updated_at
    FROM claims
   WHERE status = 'published'
   ORDER BY created_at DESC, id DESC
   LIMIT 50
), outlet_latest AS MATERIALIZED (
  SELECT o.id, o.slug, (SELECT max(a.published_at) FROM articles a WHERE a.outlet_id = o.id) AS latest
    FROM outlets o
), cells AS (
  SELECT cc.claim_id, cc.outlet_id, cc.stance, cc.first_exact, cc.first_stated_value FROM claim_cells cc WHERE cc.claim_id IN (SELECT id FROM page)
  UNION ALL
  SELECT p.id, ol.id, 'omits', NULL, NULL
    FROM page p JOIN outlet_latest ol ON p.as_of IS NOT NULL AND ol.latest < p.as_of
   WHERE NOT EXISTS (SELECT 1 FROM claim_cells cc WHERE cc.claim_id = p.id AND cc.outlet_id = ol.id)
), grid AS (
  SELECT x.claim_id,
         json_object_agg(o.slug, json_build_object(
           'stance', CASE WHEN x.stance = 'omits' AND p.as_of IS NOT NULL AND o.latest < p.as_of THEN 'predates' ELSE x.stance END,
           'quote', CASE WHEN x.first_exact IS NULL THEN NULL ELSE json_build_object(
             'exact', x.first_exact, 'statedValue', x.first_stated_value) END)) AS cells
    FROM cells x
    JOIN page p ON p.id = x.claim_id
    JOIN outlet_latest o ON o.id = x.outlet_id
   GROUP BY x.claim_id
)
SELECT p.*, g.cells
  FROM page p LEFT JOIN grid g ON g.claim_id = p.id
 ORDER BY p.created_at DESC, p.id DESC`;

type FloorRow = { id: number; cells: Record<string, { stance: string; quote: { exact: string; statedValue: string | null } | null }> | null };

/** The floor must be correct to be a floor: its cells and first quotes must equal the data function's. */
export async function checkFloorAgrees(ctx: BenchContext): Promise<void> {
  const [floor, table] = await Promise.all([ctx.pool.query<FloorRow>(CLAIM_TABLE_FLOOR_SQL), loadClaimTablePage(ctx.db)]);
  let mismatches = 0;
  const examples: string[] = [];
  const byId = new Map(table.claims.map((c) => [c.id, c]));
  if (floor.rows.map((r) => r.id).join() !== ctx.pageIds.join()) {
    mismatches++;
    examples.push('page order differs');
  }
  for (const row of floor.rows) {
    const claim = byId.get(row.id);
    if (!claim) {
      mismatches++;
      examples.push(`claim ${row.id} missing from the data function`);
      continue;
    }
    for (const [slug, other] of Object.entries(claim.cells)) {
      const cell = row.cells?.[slug] ?? { stance: 'unchecked', quote: null };
      const first = JSON.stringify(other.firstQuote ?? null);
      if (other.stance !== cell.stance || first !== JSON.stringify(cell.quote)) {
        mismatches++;
        if (examples.length < 3) examples.push(`claim ${row.id} × ${slug}: floor ${cell.stance}, data function ${other.stance}`);
      }
    }
  }
  console.log(
    mismatches === 0
      ? `floor check: ✓ the floor SQL returns the same ${floor.rows.length} claims, cells (${floor.rows.reduce((n, r) => n + Object.keys(r.cells ?? {}).length, 0)} not unchecked) and first quotes as the data function`
      : `floor check: ✗ ${mismatches} differences from the data function (${examples.join('; ')})`,
  );
}
