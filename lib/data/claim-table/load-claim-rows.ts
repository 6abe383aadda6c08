// The claim table's row loaders: given claims (ids, or one page of a view), each claim with a
// cell per outlet. Every cell's stance is read from the database view claim_outlet_stances
// (cell_stance(), the one definition); nothing here decides a stance. Two depths:
// - grid rows: the stance and counts of each cell, and the words of its first quote (its tooltip);
// - full rows: every quote and review of each cell (the API, exports, a claim's page).
import type { Db } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { CELL_STANCES, type CellStance } from '../../claims';
import { claimRecordColumnsSql, claimRecordSelect, toClaimRecord, type ClaimFields } from '../record-dtos';
import type { ClaimDto, EvidenceDto, OutletCounts, OutletDto, ReviewDto } from '../types';
import { EFFECTIVE_OMITS, viewPageSql, type PageKey, type Sql, type ViewPage } from './view-sql';

// The view leaves out no cell; these loaders ask only for the cells that read something other
// than 'unchecked' (most cells of a wide table), and every other cell reads 'unchecked'. They ask
// for them as a list of the other stances rather than as "<> 'unchecked'": the planner then
// expects few of the row-less claims x outlets to qualify (true: only 'predates' can) and probes
// claim_cells for them by key, where "<>" made it expect nearly all and merge-join every stored
// cell (at 5x, 200 claims took 340-480 ms instead of 90).
const UNCHECKED: CellStance = 'unchecked';
const READ_STANCES = CELL_STANCES.filter((stance) => stance !== UNCHECKED);

/** Cells of these claims (`ids`: an int[] expression) in these outlets (all when absent). As an
 * array, the ids reach both branches of the view as index conditions. `words` adds what the grid
 * shows of each cell's first quote (kept on the cell: claim_cells.first_exact, first_stated_value). */
function cellsSql(ids: Sql, outletIds?: number[], words = false): Sql {
  return Prisma.sql`SELECT s.claim_id, s.outlet_id, s.stance, s.states, s.contradicts, s.reviews
         ${words ? Prisma.sql`, s.first_exact, s.first_stated_value` : Prisma.empty}
      FROM claim_outlet_stances s
     WHERE s.claim_id = ANY(${ids}) AND s.stance IN (${Prisma.join(READ_STANCES)})
       ${outletIds ? Prisma.sql`AND s.outlet_id = ANY(${outletIds}::int[])` : Prisma.empty}`;
}

/** Every unchecked cell of the full rows: no quotes, no marks. One frozen object, shared (a page
 * of a wide table is mostly these, e.g. 40,000 cells per export page at 5x). */
const UNCHECKED_CELL: ClaimDto['cells'][string] = Object.freeze({ stance: UNCHECKED, evidence: Object.freeze([]) as never[], reviews: Object.freeze([]) as never[] });

/** Every unchecked cell of the grid rows, shared likewise (at 5x, 8,300 of a page's 10,000 cells). */
const UNCHECKED_GRID_CELL: ClaimDto['cells'][string] = Object.freeze({ ...UNCHECKED_CELL, evidenceCount: 0, reviewCount: 0 });

/** Which claims: these ids in this order, or one page of a view. */
export type RowsPage = number[] | ViewPage;

type CellJson = [outletId: number, stance: CellStance, states: number, contradicts: number, reviews: number, exact: string | null, statedValue: string | null];
type QuoteJson = [outletId: number, id: number, articleId: number, stance: string, exact: string, prefix: string, suffix: string, start: number, end: number, statedValue: string | null, note: string | null, createdAt: string, updatedAt: string];

/** A timestamp as JavaScript's toISOString() writes it (UTC, milliseconds, "Z"), made by
 * PostgreSQL: the rows' quotes and marks go to the DTOs without a Date and back. */
function isoTime(column: string): Sql {
  return Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}

type GridSqlRow = ClaimFields & { key: PageKey | null; tableVersion: bigint; outletCounts: OutletCounts; cells: CellJson[] | null };

export type GridRows = {
  claims: ClaimDto[];
  /** the sort key of the page's last claim (pages of a view only) */
  lastKey: PageKey | null;
  /** the data's version (claim_table_version) as the statement saw it; null when no claim matched */
  version: bigint | null;
};

/**
 * Grid rows in one statement: the page of claims (which needs no earlier query, so it can start
 * at once) and their cells in the given outlets, each with its stance, counts and what the grid
 * shows of its first quote (kept on the cell by triggers, migration 20261211000000_cell_first_quote_words).
 */
export async function loadClaimGridRows(
  db: Db,
  page: RowsPage,
  columns: { outlets: OutletDto[] } | { allOutlets: (version: bigint | null) => Promise<readonly OutletDto[]> },
): Promise<GridRows> {
  if (Array.isArray(page) && page.length === 0) return { claims: [], lastKey: null, version: null };
  // With every outlet as a column the statement needs no outlet list: it starts at once, and the
  // outlets are asked for at the version it saw.
  const outletIds = 'outlets' in columns ? columns.outlets.map((o) => o.id) : undefined;
  const rows = await db.$queryRaw<GridSqlRow[]>(gridRowsSql(page, outletIds));
  const version = rows[0]?.tableVersion ?? null;
  const outlets = 'outlets' in columns ? columns.outlets : await columns.allOutlets(version);
  const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
  // A page of a wide table is 10,000 cells at 5x, most of them unchecked: every cell starts as the
  // shared unchecked one (in the outlets' order), then each claim's few stored cells are set.
  // (Copying a prepared row of 200 unchecked cells instead is 3-4 times slower: such an object
  // is a dictionary to V8, and copying one is slow.)
  const claims = rows.map((row): ClaimDto => {
    const cells = row.cells;
    const cellsDto: ClaimDto['cells'] = {};
    for (const outlet of outlets) cellsDto[outlet.slug] = UNCHECKED_GRID_CELL;
    for (const [outletId, stance, states, contradicts, reviews, exact, statedValue] of cells ?? []) {
      const slug = slugOf.get(outletId);
      if (slug === undefined) continue;
      cellsDto[slug] = {
        stance,
        evidence: UNCHECKED_CELL.evidence,
        reviews: UNCHECKED_CELL.reviews,
        evidenceCount: states + contradicts,
        reviewCount: reviews,
        ...(exact === null ? {} : { firstQuote: { exact, statedValue } }),
      };
    }
    return Object.assign(toClaimRecord(row), { outletCounts: row.outletCounts, cells: cellsDto });
  });
  return { claims, lastKey: rows.at(-1)?.key ?? null, version };
}


/** The statement behind loadClaimGridRows (exported for EXPLAIN). */
export function gridRowsSql(page: RowsPage, outletIds?: number[]): Sql {
  const pageCte = Array.isArray(page)
    ? Prisma.sql`SELECT u.id, u.ord, NULL::text[] AS key FROM unnest(${page}::int[]) WITH ORDINALITY AS u(id, ord)`
    : viewPageSql(page);
  // The outlets omitting each claim: with every outlet's cells read, count them (no cell stored:
  // none); with some outlets, count over all of them.
  const omits = outletIds ? EFFECTIVE_OMITS : Prisma.sql`COALESCE(cj.omits, 0)`;
  return Prisma.sql`
    WITH page AS MATERIALIZED (${pageCte}),
    cell_json AS (
      SELECT claim_id, json_agg(json_build_array(outlet_id, stance, states, contradicts, reviews, first_exact, first_stated_value)) AS cells,
             count(*) FILTER (WHERE stance = 'omits')::int AS omits
        FROM (${cellsSql(Prisma.sql`ARRAY(SELECT id FROM page)`, outletIds, true)}) x GROUP BY claim_id
    )
    SELECT p.key, (SELECT v.version FROM claim_table_version v WHERE v.id = 1) AS "tableVersion", json_build_object('states', c.states_outlets + c.mixed_outlets, 'contradicts', c.contradicts_outlets + c.mixed_outlets,
           'omits', ${omits}) AS "outletCounts", ${claimRecordColumnsSql('c')}, cj.cells
      FROM page p JOIN claims c ON c.id = p.id
      LEFT JOIN cell_json cj ON cj.claim_id = c.id
     ORDER BY p.ord`;
}

/** A quote as the JSON tuple of gridRowsSql / loadClaimRows gives it: its times already ISO strings. */
function quoteDto(claimId: number, [, id, articleId, stance, exact, prefix, suffix, start, end, statedValue, note, createdAt, updatedAt]: QuoteJson): EvidenceDto {
  return { id, claimId, articleId, stance: stance as EvidenceDto['stance'], exact, prefix, suffix, start, end, statedValue, note, createdAt, updatedAt };
}

type MarkJson = [id: number, articleId: number, verdict: ReviewDto['verdict'], note: string | null, createdAt: string];
type CellQuotes = { claim_id: number; outlet_id: number; quotes: QuoteJson[] };
type CellMarks = { claim_id: number; outlet_id: number; marks: MarkJson[] };

/**
 * Full rows: the claims with these ids, in this order, with every quote and review of each cell.
 * Each cell's quotes (oldest article first, then in reading order: the grid rows pick the same
 * first quote) and marks come from PostgreSQL as one JSON array per cell.
 */
export async function loadClaimRows(db: Db, ids: number[], columns: OutletDto[] | { allOutlets: Promise<readonly OutletDto[]> }): Promise<ClaimDto[]> {
  if (ids.length === 0) return [];
  // With every outlet as a column the statements need no outlet list: they start at once.
  const outletIds = Array.isArray(columns) ? columns.map((o) => o.id) : undefined;
  const [claims, cells, quotes, marks, outlets] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: claimRecordSelect }),
    db.$queryRaw<{ claim_id: number; outlet_id: number; stance: CellStance }[]>(cellsSql(Prisma.sql`${ids}::int[]`, outletIds)),
    db.$queryRaw<CellQuotes[]>`
      SELECT e.claim_id, a.outlet_id,
             json_agg(json_build_array(a.outlet_id, e.id, e.article_id, e.stance, e.exact, e.prefix, e.suffix, e.start, e."end", e.stated_value, e.note, ${isoTime('e.created_at')}, ${isoTime('e.updated_at')})
                      ORDER BY a.published_at, e.article_id, e.start, e.id) AS quotes
        FROM evidence e JOIN articles a ON a.id = e.article_id
       WHERE e.claim_id = ANY(${ids}::int[])
       GROUP BY 1, 2`,
    db.$queryRaw<CellMarks[]>`
      SELECT r.claim_id, a.outlet_id, json_agg(json_build_array(r.id, r.article_id, r.verdict, r.note, ${isoTime('r.created_at')}) ORDER BY r.article_id, r.id) AS marks
        FROM reviews r JOIN articles a ON a.id = r.article_id
       WHERE r.claim_id = ANY(${ids}::int[])
       GROUP BY 1, 2`,
    Array.isArray(columns) ? columns : columns.allOutlets,
  ]);
  const key = (claimId: number, outletId: number) => `${claimId}:${outletId}`;
  const quotesOf = new Map(quotes.map((q) => [key(q.claim_id, q.outlet_id), q.quotes]));
  const marksOf = new Map(marks.map((m) => [key(m.claim_id, m.outlet_id), m.marks]));
  const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));
  const cellsOf = new Map<number, Record<string, ClaimDto['cells'][string]>>();
  for (const cell of cells) {
    const slug = slugOf.get(cell.outlet_id);
    if (!slug) continue;
    let byOutlet = cellsOf.get(cell.claim_id);
    if (!byOutlet) cellsOf.set(cell.claim_id, (byOutlet = {}));
    const k = key(cell.claim_id, cell.outlet_id);
    byOutlet[slug] = {
      stance: cell.stance,
      evidence: (quotesOf.get(k) ?? []).map((quote) => quoteDto(cell.claim_id, quote)),
      reviews: (marksOf.get(k) ?? []).map(([id, articleId, verdict, note, createdAt]): ReviewDto => ({ id, claimId: cell.claim_id, articleId, verdict, note, createdAt })),
    };
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const stored = cellsOf.get(id) ?? {};
    const cellsDto = Object.fromEntries(
      outlets.map((outlet) => [outlet.slug, stored[outlet.slug] ?? UNCHECKED_CELL]),
    );
    return [{ ...toClaimRecord(claim), cells: cellsDto }];
  });
}
