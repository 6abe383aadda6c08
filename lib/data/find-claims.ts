// Public read: claims with one cell per outlet (states / contradicts / mixed / omits /
// predates / unchecked) and the evidence and reviews behind each cell. Five queries in total,
// whatever the number of claims; the grid itself is assembled by lib/claims/buildClaimMatrix.
import { buildClaimMatrix } from '../claims';
import type { Db } from '../db/prisma';
import { findOutlets } from './find-outlets';
import { evidenceSelect, reviewSelect, toDateOnly, toEvidence, toReview } from './map-rows';
import type { ClaimDto, ClaimMatrixDto, ReadScope } from './types';

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
  const claimWhere = {
    ...(options.includeDrafts ? {} : { status: 'published' as const }),
    ...(options.ids ? { id: { in: options.ids } } : {}),
  };
  const [outlets, claims, articles] = await Promise.all([
    findOutlets(db),
    db.claim.findMany({ where: claimWhere, orderBy: [{ id: 'asc' }], select: claimSelect }),
    db.article.findMany({ select: { id: true, outletId: true, publishedAt: true } }),
  ]);
  const claimIds = claims.map((c) => c.id);
  const [evidence, reviews] = await Promise.all([
    db.evidence.findMany({ where: { claimId: { in: claimIds } }, orderBy: [{ articleId: 'asc' }, { start: 'asc' }], select: evidenceSelect }),
    db.review.findMany({ where: { claimId: { in: claimIds } }, orderBy: [{ articleId: 'asc' }], select: reviewSelect }),
  ]);

  const matrix = buildClaimMatrix({
    claims,
    outlets,
    articles,
    evidence: evidence.map(toEvidence),
    reviews: reviews.map(toReview),
  });

  const dtos: ClaimDto[] = matrix.rows.map(({ claim, cells }) => ({
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
  return { outlets, claims: dtos };
}
