// The independent oracle of the differential tests: every claim's cells as the domain's own
// rules decide them (tests/oracle: buildClaimMatrix, decideCellStance), from the raw evidence,
// reviews and articles, without any SQL stance (no claim_cells, no cell_stance(), no
// latest_published_at). The SQL under test must agree with it.
import type { CellStance } from '../../lib/claims';
import { buildClaimMatrix } from '../oracle/claim-matrix';
import type { Db } from '../../lib/db/prisma';

export type DomainCell = { stance: CellStance; evidence: { id: number }[]; reviews: { id: number }[] };
export type DomainClaim = { id: number; cells: Record<string, DomainCell> };

export async function findClaimsByDomainRules(db: Db, { includeDrafts = false } = {}): Promise<{ outlets: { id: number; slug: string }[]; claims: DomainClaim[] }> {
  const [outlets, claims, articles, evidence, reviews] = await Promise.all([
    db.outlet.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, slug: true } }),
    db.claim.findMany({ where: includeDrafts ? {} : { status: 'published' }, orderBy: { id: 'asc' }, select: { id: true, asOf: true } }),
    db.article.findMany({ select: { id: true, outletId: true, publishedAt: true } }),
    db.evidence.findMany({ select: { id: true, claimId: true, articleId: true, stance: true, needsReview: true } }),
    db.review.findMany({ select: { id: true, claimId: true, articleId: true, needsReview: true } }),
  ]);
  const ids = new Set(claims.map((c) => c.id));
  const matrix = buildClaimMatrix({
    claims,
    outlets,
    articles,
    evidence: evidence.filter((e) => ids.has(e.claimId)),
    reviews: reviews.filter((r) => ids.has(r.claimId)),
  });
  return {
    outlets,
    claims: matrix.rows.map(({ claim, cells }) => ({
      id: claim.id,
      cells: Object.fromEntries(Object.entries(cells).map(([slug, cell]) => [slug, { stance: cell.stance, evidence: cell.evidence, reviews: cell.reviews }])),
    })),
  };
}
