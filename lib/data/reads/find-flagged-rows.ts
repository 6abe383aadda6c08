// Which of a claim's quotes and omission marks are flagged for re-review (the claim's content
// changed after they were recorded), for the claim page to mark them one by one.
import type { Db } from '../../db/prisma';

export async function findFlaggedRows(db: Db, claimId: number): Promise<{ evidence: Set<number>; reviews: Set<number> }> {
  const where = { claimId, needsReview: true };
  const [evidence, reviews] = await Promise.all([
    db.evidence.findMany({ where, select: { id: true } }),
    db.review.findMany({ where, select: { id: true } }),
  ]);
  return { evidence: new Set(evidence.map((e) => e.id)), reviews: new Set(reviews.map((r) => r.id)) };
}
