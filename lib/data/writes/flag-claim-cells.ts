// Flags every quote and omission mark of a claim "needs re-review", inside the transaction
// that changed the claim's content (lib/claims/claim-content.ts decides when). The claim_cells
// triggers turn the cells 'rereview'; the claim's own revision records the change that caused
// it, and each later confirmation is recorded on the quote or mark (confirm-cell.ts).
import type { Tx } from './write-context';

export async function flagClaimCells(tx: Tx, claimId: number): Promise<{ evidence: number; reviews: number }> {
  const where = { claimId, needsReview: false };
  const evidence = await tx.evidence.updateMany({ where, data: { needsReview: true } });
  const reviews = await tx.review.updateMany({ where, data: { needsReview: true } });
  return { evidence: evidence.count, reviews: reviews.count };
}
