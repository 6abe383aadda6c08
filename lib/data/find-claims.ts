// Public read: given claims with one cell per outlet (states / contradicts / mixed / omits /
// predates / unchecked) and the evidence and reviews behind each cell. A fixed number of
// queries whatever the number of claims, each touching only the rows of those claims; the
// grid itself is assembled by lib/claims/buildClaimMatrix.
import { buildClaimMatrix } from '../claims';
import type { Db } from '../db/prisma';
import { findOutlets } from './find-outlets';
import { toClaimRecord } from './record-dtos';
import { evidenceSelect, reviewSelect, toEvidence, toReview } from './map-rows';
import type { CellStance } from '../claims';
import type { ClaimDto, ClaimMatrixDto, OutletDto, ReadScope } from './types';

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
        ...(options.includeDrafts ? {} : { status: 'published' as const }),
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
  const [claims, evidence, reviews, latestRows] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect }),
    // Oldest article first, then in reading order: the grid's cheap rows pick the same first quote.
    db.evidence.findMany({
      where: { claimId: { in: ids } },
      orderBy: [{ article: { publishedAt: 'asc' } }, { articleId: 'asc' }, { start: 'asc' }, { id: 'asc' }],
      select: evidenceSelect,
    }),
    db.review.findMany({ where: { claimId: { in: ids } }, orderBy: [{ articleId: 'asc' }], select: reviewSelect }),
    latest
      ? [...latest].flatMap(([outletId, publishedAt]) => (publishedAt ? [{ outletId, publishedAt }] : []))
      : db.outlet
          .findMany({ where: { latestPublishedAt: { not: null } }, select: { id: true, latestPublishedAt: true } })
          .then((rows) => rows.map((row) => ({ outletId: row.id, publishedAt: row.latestPublishedAt }))),
  ]);
  const articleIds = [...new Set([...evidence.map((e) => e.articleId), ...reviews.map((r) => r.articleId)])];
  const articles = await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, outletId: true, publishedAt: true } });
  // 'predates' needs each outlet's latest publication: one stand-in article per outlet carries it.
  const stand_ins = latestRows.map((row) => ({ id: `latest-${row.outletId}`, outletId: row.outletId, publishedAt: row.publishedAt }));

  const order = new Map(ids.map((id, index) => [id, index]));
  const matrix = buildClaimMatrix({
    claims: claims.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    outlets,
    articles: [...articles, ...stand_ins],
    evidence: evidence.map(toEvidence),
    reviews: reviews.map(toReview),
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
  return assembleClaimTableRows(await fetchClaimTableRows(db, ids), outlets, latest);
}

export type ClaimTableRowData = Awaited<ReturnType<typeof fetchClaimTableRows>>;

/** The rows behind loadClaimTableRows: needs only the claim ids, so it can start before the outlets are known. */
export async function fetchClaimTableRows(db: Db, ids: number[]) {
  if (ids.length === 0) return { ids, claims: [], cells: [], firsts: [] };
  const [claims, cells, firsts] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect }),
    db.claimCell.findMany({ where: { claimId: { in: ids } }, select: { claimId: true, outletId: true, stance: true, states: true, contradicts: true, reviews: true } }),
    db.$queryRaw<(Omit<EvidenceRow, 'createdAt' | 'updatedAt'> & { outletId: number; createdAt: Date; updatedAt: Date })[]>`
      SELECT DISTINCT ON (e.claim_id, a.outlet_id)
             e.id, e.claim_id AS "claimId", e.article_id AS "articleId", e.stance::text AS stance, e.exact, e.prefix, e.suffix,
             e.start, e."end", e.stated_value AS "statedValue", e.note, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
             a.outlet_id AS "outletId"
        FROM evidence e JOIN articles a ON a.id = e.article_id
       WHERE e.claim_id = ANY(${ids}::int[])
       ORDER BY e.claim_id, a.outlet_id, a.published_at, e.article_id, e.start, e.id`,
  ]);
  return { ids, claims, cells, firsts };
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
        const latestAt = latest.get(outlet.id) ?? null;
        const predates = Boolean(claim.asOf && latestAt && latestAt.getTime() < claim.asOf.getTime());
        const hasEvidence = cell && cell.stance !== 'omits';
        const stance: CellStance = hasEvidence ? (cell.stance as CellStance) : predates ? 'predates' : cell ? 'omits' : 'unchecked';
        const { outletId: _outlet, ...evidence } = first ?? ({} as never);
        return [
          outlet.slug,
          {
            stance,
            evidence: first ? [toEvidence(evidence as EvidenceRow)] : [],
            reviews: [],
            evidenceCount: cell ? cell.states + cell.contradicts : 0,
            reviewCount: cell?.reviews ?? 0,
          },
        ];
      }),
    );
    return [{ ...toClaimRecord(claim), cells: cellsDto }];
  });
}

type EvidenceRow = Parameters<typeof toEvidence>[0];
