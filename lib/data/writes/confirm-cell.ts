// "Still holds": an editor confirms that the quotes and omission marks of one claim x outlet
// cell, flagged for re-review when the claim's content changed (flag-claim-cells.ts), still say
// what they were marked as saying about the claim as it now reads. Checked against the claim
// version the editor saw, so a confirmation never covers wording they have not seen. Each
// cleared flag gets a 'confirm' revision; a cell with nothing flagged writes nothing.
import type { ConfirmCellInput } from '../../claims/claim-input';
import type { Db } from '../../db/prisma';
import { AppError, errorMessage } from '../../errors';
import { lockClaim } from './lock-claim';
import { recordRevisions } from './record-revision';
import { WRITE_TRANSACTION_OPTIONS, type WriteContext } from './write-context';
import { notFound, staleVersion } from '../write-errors';

export type ConfirmCellResultDto = { claimId: number; outlet: string; confirmedEvidence: number; confirmedReviews: number };

export async function confirmCell(db: Db, { actor, input }: WriteContext<ConfirmCellInput>): Promise<ConfirmCellResultDto> {
  return db.$transaction(async (tx) => {
    const locked = await lockClaim(tx, input.claimId);
    if (!locked) throw notFound('claim', input.claimId, 'claimId');
    if (locked.version !== input.version) throw await staleVersion(tx, 'claim', input.claimId);
    const outlet = await tx.outlet.findUnique({ where: { slug: input.outlet }, select: { id: true } });
    if (!outlet) throw new AppError('not_found', errorMessage('notFound.outlet', { slug: input.outlet }), { entity: 'outlet', slug: input.outlet });

    const where = { claimId: input.claimId, needsReview: true, article: { outletId: outlet.id } };
    const evidence = await tx.evidence.findMany({ where, orderBy: { id: 'asc' } });
    const reviews = await tx.review.findMany({ where, orderBy: { id: 'asc' } });
    const now = new Date();
    await tx.evidence.updateMany({ where: { id: { in: evidence.map((e) => e.id) } }, data: { needsReview: false, updatedById: actor.userId, updatedAt: now } });
    await tx.review.updateMany({ where: { id: { in: reviews.map((r) => r.id) } }, data: { needsReview: false } });
    const base = { claimId: input.claimId, action: 'confirm' as const, actorId: actor.userId };
    await recordRevisions(tx, [
      ...evidence.map((before) => ({ ...base, entityType: 'evidence' as const, entityId: before.id, before, after: { ...before, needsReview: false, updatedById: actor.userId, updatedAt: now } })),
      ...reviews.map((before) => ({ ...base, entityType: 'review' as const, entityId: before.id, before, after: { ...before, needsReview: false } })),
    ]);
    return { claimId: input.claimId, outlet: input.outlet, confirmedEvidence: evidence.length, confirmedReviews: reviews.length };
  }, WRITE_TRANSACTION_OPTIONS);
}
