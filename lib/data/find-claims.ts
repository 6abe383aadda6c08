// Public read: given claims with one cell per outlet (states / contradicts / mixed / omits /
// predates / unchecked) and the evidence and reviews behind each cell. A fixed number of
// queries whatever the number of claims, each touching only the rows of those claims; the
// grid itself is assembled by lib/claims/buildClaimMatrix.
import { buildClaimMatrix } from '../claims';
import type { Db } from '../db/prisma';
import { findOutlets } from './find-outlets';
import { evidenceSelect, reviewSelect, toDateOnly, toEvidence, toReview } from './map-rows';
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

/** The claims with these ids, in this order, with a cell for each of the given outlets. */
export async function loadClaimRows(db: Db, ids: number[], outlets: OutletDto[]): Promise<ClaimDto[]> {
  if (ids.length === 0) return [];
  const [claims, evidence, reviews, latest] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect }),
    db.evidence.findMany({ where: { claimId: { in: ids } }, orderBy: [{ articleId: 'asc' }, { start: 'asc' }], select: evidenceSelect }),
    db.review.findMany({ where: { claimId: { in: ids } }, orderBy: [{ articleId: 'asc' }], select: reviewSelect }),
    db.article.groupBy({ by: ['outletId'], _max: { publishedAt: true } }),
  ]);
  const articleIds = [...new Set([...evidence.map((e) => e.articleId), ...reviews.map((r) => r.articleId)])];
  const articles = await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, outletId: true, publishedAt: true } });
  // 'predates' needs each outlet's latest publication: one stand-in article per outlet carries it.
  const stand_ins = latest.map((row) => ({ id: `latest-${row.outletId}`, outletId: row.outletId, publishedAt: row._max.publishedAt }));

  const order = new Map(ids.map((id, index) => [id, index]));
  const matrix = buildClaimMatrix({
    claims: claims.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    outlets,
    articles: [...articles, ...stand_ins],
    evidence: evidence.map(toEvidence),
    reviews: reviews.map(toReview),
  });

  return matrix.rows.map(({ claim, cells }) => ({
    id: claim.id,
    text: claim.text,
    gloss: claim.gloss,
    topics: claim.topics,
    kind: claim.kind,
    value: claim.value,
    comparator: claim.comparator,
    unit: claim.unit,
    asOf: toDateOnly(claim.asOf),
    status: claim.status,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    cells: Object.fromEntries(
      Object.entries(cells).map(([slug, cell]) => [slug, { stance: cell.stance, evidence: cell.evidence, reviews: cell.reviews }]),
    ),
  }));
}
