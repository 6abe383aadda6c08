// Public read: given claims with one cell per outlet (states / contradicts / mixed / omits /
// predates / unchecked) and the evidence and reviews behind each cell. A fixed number of
// queries whatever the number of claims, each touching only the rows of those claims; the
// grid itself is assembled by lib/claims/buildClaimMatrix.
import { buildClaimMatrix, decideCellStance, predatesClaim } from '../claims';
import type { Db } from '../db/prisma';
import type { Prisma as PrismaTypes } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { findOutlets } from './find-outlets';
import { toClaimRecord, type ClaimFields } from './record-dtos';
import { evidenceSelect, reviewSelect, toEvidence, toReview } from './map-rows';
import type { ClaimDto, ClaimMatrixDto, OutletCounts, OutletDto, ReadScope } from './types';

const claimSelect = {
  id: true,
  text: true,
  gloss: true,
  topics: true,
  kind: true,
  value: true,
  comparator: true,
  unit: true,
  asOf: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type FindClaimsOptions = ReadScope & { ids?: number[] };

export async function findClaims(db: Db, options: FindClaimsOptions = {}): Promise<ClaimMatrixDto> {
  const [outlets, rows] = await Promise.all([
    findOutlets(db),
    db.claim.findMany({
      where: {
        ...(options.includeDrafts ? (options.status ? { status: options.status } : {}) : { status: 'published' as const }),
        ...(options.ids ? { id: { in: options.ids } } : {}),
      },
      orderBy: [{ id: 'asc' }],
      select: { id: true },
    }),
  ]);
  return { outlets, claims: await loadClaimRows(db, rows.map((r) => r.id), outlets) };
}

/**
 * The claims with these ids, in this order, with a cell for each of the given outlets.
 * `latest` (each outlet's latest publication) is read from the database unless the caller
 * already has it.
 */
export async function loadClaimRows(db: Db, ids: number[], outlets: OutletDto[], latest?: Map<number, Date | null>): Promise<ClaimDto[]> {
  if (ids.length === 0) return [];
  const [claims, evidence, reviews, latestPublished] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect }),
    // Oldest article first, then in reading order: the grid's cheap rows pick the same first quote.
    db.evidence.findMany({
      where: { claimId: { in: ids } },
      orderBy: [{ article: { publishedAt: 'asc' } }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      select: evidenceSelect,
    }),
    db.review.findMany({ where: { claimId: { in: ids } }, orderBy: [{ articleId: 'asc' }], select: reviewSelect }),
    latest ??
      db.outlet
        .findMany({ select: { id: true, latestPublishedAt: true } })
        .then((rows) => new Map(rows.map((row) => [row.id, row.latestPublishedAt]))),
  ]);
  const articleIds = [...new Set([...evidence.map((e) => e.articleId), ...reviews.map((r) => r.articleId)])];
  const articles = await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, outletId: true, publishedAt: true } });

  const order = new Map(ids.map((id, index) => [id, index]));
  const matrix = buildClaimMatrix({
    claims: claims.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    outlets,
    articles,
    evidence: evidence.map(toEvidence),
    reviews: reviews.map(toReview),
    // 'predates' needs each outlet's latest publication, kept on the outlet row.
    latestPublished,
  });

  return matrix.rows.map(({ claim, cells }) => ({
    ...toClaimRecord(claim),
    cells: Object.fromEntries(
      Object.entries(cells).map(([slug, cell]) => [slug, { stance: cell.stance, evidence: cell.evidence, reviews: cell.reviews }]),
    ),
  }));
}

/**
 * What the claim grid shows for these claims, cheaply: each cell's stance from the
 * trigger-maintained claim_cells (predates decided here from the outlet's latest article),
 * the first quote of each cell for its tooltip, and no reviews. `evidence` holds at most one
 * quote; `evidenceCount` says how many there are.
 */
export async function loadClaimTableRows(
  db: Db,
  ids: number[],
  outlets: OutletDto[],
  latest: Map<number, Date | null>,
): Promise<ClaimDto[]> {
  return assembleClaimTableRows(await fetchClaimTableRows(db, ids, { outletIds: outlets.map((o) => o.id) }), outlets, latest);
}

type Sql = PrismaTypes.Sql;

/** Each outlet's latest publication (kept on the outlet row), for queries that decide 'predates'. */
export const LATEST_PUB_CTE = Prisma.sql`latest_pub AS (SELECT id AS outlet_id, latest_published_at AS latest FROM outlets)`;

// Omissions that count: an omits cell in an outlet whose coverage all predates the claim's
// date reads 'predates', not 'omits'. Needs LATEST_PUB_CTE.
export const EFFECTIVE_OMITS = Prisma.sql`(c.omits_outlets - CASE WHEN c.as_of IS NULL OR c.omits_outlets = 0 THEN 0 ELSE
  (SELECT count(*) FROM claim_cells cc JOIN latest_pub lp ON lp.outlet_id = cc.outlet_id
    WHERE cc.claim_id = c.id AND cc.stance = 'omits' AND lp.latest < c.as_of)::int END)`;

/** One page of a view of the claims, described in SQL: conditions and order on claims `c`
 * (latest_pub is in scope). */
export type ClaimViewPage = { where: Sql; order: Sql; limit: number; offset: number };

/** The page's claim ids in order, each with how many claims the whole view matches. Needs LATEST_PUB_CTE. */
export function claimViewPageSql({ where, order, limit, offset }: ClaimViewPage): Sql {
  return Prisma.sql`SELECT c.id, count(*) OVER () AS total FROM claims c WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/** Which claims the grid rows are for: these ids in this order, or one page of a view. */
export type ClaimTablePage = number[] | ClaimViewPage;

/** Only these outlets' cells and quotes (the visible columns); all outlets when absent. */
export type ClaimTableColumns = { outletIds?: number[] };

type CellJson = [outletId: number, stance: string, states: number, contradicts: number, reviews: number];
type QuoteJson = [outletId: number, id: number, articleId: number, stance: string, exact: string, prefix: string, suffix: string, start: number, end: number, statedValue: string | null, note: string | null, createdAt: string, updatedAt: string];
type ClaimTableSqlRow = ClaimFields & { total: bigint; outletCounts: OutletCounts; cells: CellJson[] | null; firsts: QuoteJson[] | null };

export type ClaimTableRowData = {
  /** the page's claim ids, in order */
  ids: number[];
  /** how many claims the view matches (for ids: how many were asked for) */
  total: number;
  claims: (ClaimFields & { outletCounts: OutletCounts })[];
  cells: { claimId: number; outletId: number; stance: string; states: number; contradicts: number; reviews: number }[];
  /** each cell's first quote: oldest article first, then in reading order */
  firsts: (EvidenceRow & { outletId: number })[];
};

/**
 * The rows behind loadClaimTableRows, in one statement: the page of claims, their stored cells
 * and the first quote of each cell. Needs neither the outlets nor a separate query for the
 * page's ids, so it can start at once.
 */
export async function fetchClaimTableRows(db: Db, page: ClaimTablePage, { outletIds }: ClaimTableColumns = {}): Promise<ClaimTableRowData> {
  if (Array.isArray(page) && page.length === 0) return { ids: [], total: 0, claims: [], cells: [], firsts: [] };
  const inColumns = (column: Sql) => (outletIds ? Prisma.sql`AND ${column} = ANY(${outletIds}::int[])` : Prisma.empty);
  const pageCte = Array.isArray(page)
    ? Prisma.sql`SELECT u.id, u.ord, count(*) OVER () AS total FROM unnest(${page}::int[]) WITH ORDINALITY AS u(id, ord)`
    : claimViewPageSql(page);
  const rows = await db.$queryRaw<ClaimTableSqlRow[]>`
    WITH ${LATEST_PUB_CTE}, page AS MATERIALIZED (${pageCte}),
    quotes AS (
      SELECT DISTINCT ON (e.claim_id, a.outlet_id) e.claim_id, a.outlet_id, e.id, e.article_id, e.stance, e.exact, e.prefix, e.suffix,
             e.start, e."end", e.stated_value, e.note, e.created_at, e.updated_at
        FROM evidence e JOIN articles a ON a.id = e.article_id
       WHERE e.claim_id IN (SELECT id FROM page) ${inColumns(Prisma.sql`a.outlet_id`)}
       ORDER BY e.claim_id, a.outlet_id, a.published_at, e.article_id, e.start, e.id
    ), quote_json AS (
      SELECT claim_id, json_agg(json_build_array(outlet_id, id, article_id, stance, exact, prefix, suffix, start, "end", stated_value, note, created_at, updated_at)) AS firsts
        FROM quotes GROUP BY claim_id
    ), cell_json AS (
      SELECT claim_id, json_agg(json_build_array(outlet_id, stance, states, contradicts, reviews)) AS cells
        FROM claim_cells WHERE claim_id IN (SELECT id FROM page) ${inColumns(Prisma.sql`outlet_id`)} GROUP BY claim_id
    )
    SELECT p.total, json_build_object('states', c.states_outlets + c.mixed_outlets, 'contradicts', c.contradicts_outlets + c.mixed_outlets,
           'omits', ${EFFECTIVE_OMITS}) AS "outletCounts", c.id, c.text, c.gloss, c.topics, c.kind::text AS kind, c.value, c.comparator::text AS comparator, c.unit,
           c.as_of AS "asOf", c.status::text AS status, c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
           cj.cells, qj.firsts
      FROM page p JOIN claims c ON c.id = p.id
      LEFT JOIN cell_json cj ON cj.claim_id = c.id
      LEFT JOIN quote_json qj ON qj.claim_id = c.id
     ORDER BY ${Array.isArray(page) ? Prisma.sql`p.ord` : page.order}`;
  return {
    ids: rows.map((r) => r.id),
    total: rows.length ? Number(rows[0]!.total) : 0,
    claims: rows.map(({ total: _total, cells: _cells, firsts: _firsts, ...claim }) => claim),
    cells: rows.flatMap((r) =>
      (r.cells ?? []).map(([outletId, stance, states, contradicts, reviews]) => ({ claimId: r.id, outletId, stance, states, contradicts, reviews })),
    ),
    firsts: rows.flatMap((r) =>
      (r.firsts ?? []).map(([outletId, id, articleId, stance, exact, prefix, suffix, start, end, statedValue, note, createdAt, updatedAt]) => ({
        outletId,
        id,
        claimId: r.id,
        articleId,
        stance: stance as EvidenceRow['stance'],
        exact,
        prefix,
        suffix,
        start,
        end,
        statedValue,
        note,
        createdAt: new Date(createdAt),
        updatedAt: new Date(updatedAt),
      })),
    ),
  };
}

/** The grid rows of fetched data, with a cell for each of `outlets`, in the order of the ids. */
export function assembleClaimTableRows(
  { ids, claims, cells, firsts }: ClaimTableRowData,
  outlets: OutletDto[],
  latest: Map<number, Date | null>,
): ClaimDto[] {
  const cellOf = new Map(cells.map((c) => [`${c.claimId}:${c.outletId}`, c]));
  const firstOf = new Map(firsts.map((e) => [`${e.claimId}:${e.outletId}`, e]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const cellsDto = Object.fromEntries(
      outlets.map((outlet) => {
        const key = `${id}:${outlet.id}`;
        const cell = cellOf.get(key);
        const first = firstOf.get(key);
        const stance = decideCellStance({
          statesCount: cell?.states ?? 0,
          contradictsCount: cell?.contradicts ?? 0,
          reviewCount: cell?.reviews ?? 0,
          predates: predatesClaim(latest.get(outlet.id) ?? null, claim.asOf),
        });
        const { outletId: _outlet, ...evidence } = first ?? ({} as never);
        return [
          outlet.slug,
          {
            stance,
            evidence: first ? [toEvidence(evidence)] : [],
            reviews: [],
            evidenceCount: cell ? cell.states + cell.contradicts : 0,
            reviewCount: cell?.reviews ?? 0,
          },
        ];
      }),
    );
    return [{ ...toClaimRecord(claim), outletCounts: claim.outletCounts, cells: cellsDto }];
  });
}

type EvidenceRow = Parameters<typeof toEvidence>[0];
